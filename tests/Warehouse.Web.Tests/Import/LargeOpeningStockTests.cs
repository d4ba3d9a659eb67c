using Microsoft.EntityFrameworkCore;
using Warehouse.Data.Auditing;
using static Warehouse.Web.Tests.Import.OpeningStockWorkbooks;

namespace Warehouse.Web.Tests.Import;

/// A bureau's shelves in one opening sheet: thousands of lines of plain, lot and serial stock post as one note per depot
/// through the ledger's bulk path, the ledger sums to the balances, both chains verify, and the same sheet again posts nothing.
public sealed class LargeOpeningStockTests(WarehouseFactory factory) : IClassFixture<WarehouseFactory>
{
    private const int Lines = 3_000;

    private static string NextYear => DateTime.UtcNow.AddYears(1).ToString("yyyy-MM-dd");

    /// Lines over two depots' bins: new lots of their own, new lots each shared by two bins, and new serial numbers.
    private static byte[] Shelves() => Build(Enumerable.Range(1, Lines).Select(i => (i % 3) switch
    {
        0 => Row(i % 2 == 0 ? "TP1" : "TP2", "A-01-03", "FH-0004", $"{i}", lot: $"BULK-OWN-{i}", expiry: NextYear,
            mode: i % 4 == 0 ? "部门专业储存" : ""),
        1 => Row("TP1", $"A-01-0{i % 2 + 1}", "FH-0004", $"{i % 50 + 1}", lot: $"BULK-SHARED-{i / 6}", expiry: NextYear),
        _ => Row("TP2", "A-01-01", "SJ-0104", "1", serial: $"BULK-SN-{i:D5}"),
    }).ToArray());

    [Fact]
    public async Task Three_thousand_opening_lines_post_one_note_per_depot_with_the_ledger_equal_to_the_balances_and_intact_chains()
    {
        var admin = await factory.SignedInClientAsync("admin");
        await using var db = factory.NewDbContext();
        var (documents, movements) = (await db.StockDocuments.CountAsync(), await db.StockMovements.CountAsync());

        var preview = await admin.UploadAsync(Shelves(), "stock.xlsx");
        Assert.Contains($"新增：{Lines}", preview);
        Assert.Contains("拒绝：0", preview);
        var written = await ConfirmAsync(admin, preview);

        Assert.Equal(2, PostedNotes(written).Count);
        Assert.Equal(documents + 2, await db.StockDocuments.CountAsync());
        Assert.Equal(movements + Lines, await db.StockMovements.CountAsync());
        Assert.Equal(Lines / 3, await db.EquipmentUnits.CountAsync(u => u.SerialNumber.StartsWith("BULK-SN-")));
        Assert.Equal(Lines / 3, await db.Batches.CountAsync(b => b.Lot.StartsWith("BULK-OWN-")));
        Assert.Equal(Lines / 6, await db.Batches.CountAsync(b => b.Lot.StartsWith("BULK-SHARED-")));
        var lots = await db.Batches.Where(b => b.Lot.StartsWith("BULK-")).Select(b => b.Number).ToListAsync();
        Assert.Equal(lots.Count, lots.Distinct().Count());
        Assert.Empty(await BalanceDrift.FindAsync(db).ToListAsync());
        Assert.All(await new ChainVerifier(db).VerifyAsync(), chain => Assert.True(chain.Intact, chain.Name));
        var notes = PostedNotes(written);
        var afterMatchesRunningSum = await db.StockMovements.AsNoTracking().Where(m => notes.Contains(m.DocumentId))
            .GroupBy(m => m.BalanceId).Select(g => new { Last = g.Max(m => m.BalanceAfter), Sum = g.Sum(m => m.Quantity) }).ToListAsync();
        Assert.All(afterMatchesRunningSum, b => Assert.Equal(b.Sum, b.Last));
    }

    [Fact]
    public async Task The_same_large_sheet_uploaded_again_is_unchanged_and_posts_nothing()
    {
        var admin = await factory.SignedInClientAsync("admin");
        var file = Build(Enumerable.Range(1, Lines).Select(i => Row("TP1", "A-01-01", "SJ-0107", "1", serial: $"AGAIN-SN-{i:D5}")).ToArray());
        await ConfirmAsync(admin, await admin.UploadAsync(file, "stock.xlsx"));
        await using var db = factory.NewDbContext();
        var (documents, movements) = (await db.StockDocuments.CountAsync(), await db.StockMovements.CountAsync());

        var again = await admin.UploadAsync(file, "stock.xlsx");

        Assert.Contains($"不变：{Lines}", again);
        Assert.Contains("新增：0", again);
        Assert.Null(ImportWorkbooks.ConfirmId(again));
        Assert.Equal((documents, movements), (await db.StockDocuments.CountAsync(), await db.StockMovements.CountAsync()));
        Assert.Equal(Lines, await db.StockBalances.CountAsync(b => b.EquipmentUnit!.SerialNumber.StartsWith("AGAIN-SN-") && b.OnHand == 1));
    }
}
