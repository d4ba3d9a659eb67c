using System.Net;
using Microsoft.EntityFrameworkCore;
using Warehouse.Data.Auditing;
using Warehouse.Domain.Auditing;
using Warehouse.Domain.Stock;
using static Warehouse.Web.Tests.Import.OpeningStockWorkbooks;

namespace Warehouse.Web.Tests.Import;

/// Opening stock from a workbook is posted through the ledger, one numbered opening-balance note per depot, and the
/// same workbook uploaded again changes nothing.
public sealed class OpeningStockTests(WarehouseFactory factory) : IClassFixture<WarehouseFactory>
{
    private static string NextYear => DateTime.UtcNow.AddYears(1).ToString("yyyy-MM-dd");

    private static byte[] Shelves() => Build(
        Row("TP1", "A-01-01", "FH-0001", "40"),
        Row("TP1", "TP1-A-01-02", "FH-0004", "12", lot: "OPEN-LOT-1", expiry: NextYear, mode: "部门专业储存"),
        Row("TP2", "A-01-01", "SJ-0104", "1", serial: "OPEN-SN-0001"),
        Row("TP2", "A-01-01", "SJ-0104", "1", serial: "OPEN-SN-0002", mode: "Agreement reserve"));

    [Fact]
    public async Task Opening_stock_posts_one_numbered_audited_opening_balance_note_per_depot_and_the_ledger_matches_the_balances()
    {
        var admin = await factory.SignedInClientAsync("admin");
        await using var db = factory.NewDbContext();
        var before = await StockAsync(db);

        var preview = await admin.UploadAsync(Shelves(), "stock.xlsx");
        Assert.Equal(4, ImportWorkbooks.Rows(preview).Count(r => r.Action == "Add" && r.Sheet == "期初库存"));
        var written = await ConfirmAsync(admin, preview);

        var notes = PostedNotes(written);
        Assert.Equal(2, notes.Count);
        var documents = await db.StockDocuments.AsNoTracking().Where(d => notes.Contains(d.Id))
            .Join(db.Depots, d => d.DepotId, p => p.Id, (d, p) => new { d.Kind, d.Reason, d.Number, Depot = p.Code }).ToListAsync();
        Assert.All(documents, d => Assert.Equal((DocumentKind.Receipt, StockReason.OpeningBalance), (d.Kind, d.Reason)));
        Assert.All(documents, d => Assert.StartsWith("RK", d.Number));
        Assert.Equal(["TP1", "TP2"], documents.Select(d => d.Depot).Order());
        foreach (var number in documents.Select(d => d.Number))
            Assert.True(await db.AuditEntries.AnyAsync(a => a.Action == AuditActions.StockReceipt && a.Subject == number), number);
        var after = await StockAsync(db);
        Assert.Equal(40, after["TP1/TP1-A-01-01/FH-0001////Government"] - before.GetValueOrDefault("TP1/TP1-A-01-01/FH-0001////Government"));
        Assert.Equal(12, after[$"TP1/TP1-A-01-02/FH-0004/OPEN-LOT-1/{NextYear}//Department"]);
        Assert.Equal(1, after["TP2/TP2-A-01-01/SJ-0104///OPEN-SN-0001/Government"]);
        Assert.Equal(1, after["TP2/TP2-A-01-01/SJ-0104///OPEN-SN-0002/Agreement"]);
        Assert.Equal(before.Count + 4, after.Count);
        Assert.Empty(await BalanceDrift.FindAsync(db).ToListAsync());
        var page = await admin.GetStringAsync($"/Stock/Document/{notes[0]}");
        Assert.Contains("期初建账", page);
        Assert.Contains("data-print", page);
    }

    [Fact]
    public async Task The_same_workbook_uploaded_again_is_unchanged_row_by_row_and_a_second_confirmation_posts_nothing()
    {
        var admin = await factory.SignedInClientAsync("admin");
        var file = Build(Row("TP2", "A-01-03", "FH-0002", "25"), Row("TP2", "A-01-03", "SJ-0107", "1", serial: "TWICE-SN-1"));
        var first = await admin.UploadAsync(file, "stock.xlsx");
        var second = await admin.UploadAsync(file, "stock.xlsx");
        await ConfirmAsync(admin, first);
        await using var db = factory.NewDbContext();
        var (stock, documents, movements) = (await StockAsync(db), await db.StockDocuments.CountAsync(), await db.StockMovements.CountAsync());

        var again = await ConfirmAsync(admin, second);
        var third = await admin.UploadAsync(file, "stock.xlsx");

        Assert.Empty(PostedNotes(again));
        Assert.All(ImportWorkbooks.Rows(again), r => Assert.Equal("Unchanged", r.Action));
        Assert.All(ImportWorkbooks.Rows(third), r => Assert.Equal("Unchanged", r.Action));
        Assert.Null(ImportWorkbooks.ConfirmId(third));
        Assert.Equal(stock, await StockAsync(db));
        Assert.Equal((documents, movements), (await db.StockDocuments.CountAsync(), await db.StockMovements.CountAsync()));
    }

    [Fact]
    public async Task The_stock_export_uploaded_untouched_shows_every_balance_unchanged()
    {
        var admin = await factory.SignedInClientAsync("admin");
        await using var db = factory.NewDbContext();
        var balances = await db.StockBalances.CountAsync(b => b.OnHand > 0);

        var preview = await admin.UploadAsync(await admin.GetByteArrayAsync("/Admin/Import/ExportStock"), "stock.xlsx");

        Assert.Contains($"不变：{balances}", preview);
        Assert.Contains("新增：0", preview);
        Assert.Contains("拒绝：0", preview);
        Assert.All(ImportWorkbooks.Rows(preview), r => Assert.Equal(("期初库存", "Unchanged"), (r.Sheet, r.Action)));
    }

    [Fact]
    public async Task The_template_has_the_opening_stock_sheet_with_its_headings_in_either_language()
    {
        var admin = await factory.SignedInClientAsync("admin");
        var english = await factory.SignedInClientAsync("admin", "en");

        using var chinese = new ClosedXML.Excel.XLWorkbook(new MemoryStream(await admin.GetByteArrayAsync("/Admin/Import/Template")));
        using var en = new ClosedXML.Excel.XLWorkbook(new MemoryStream(await english.GetByteArrayAsync("/Admin/Import/Template")));

        Assert.Equal(Headings, chinese.Worksheet("期初库存").Row(1).CellsUsed().Select(c => c.GetString()));
        Assert.Equal("Serial number", en.Worksheet("Opening stock").Cell(1, 7).GetString());
        Assert.Contains("opening-balance", en.Worksheet("Instructions").Cell(8, 1).GetString());
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/Admin/Import")).StatusCode);
    }
}
