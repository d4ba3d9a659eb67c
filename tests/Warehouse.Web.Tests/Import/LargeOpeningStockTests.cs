using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Warehouse.Data.Auditing;
using Xunit.Abstractions;

namespace Warehouse.Web.Tests.Import;

/// A depot's opening stock of a thousand lines (half serial-numbered units, half new lots) previews and posts as one
/// opening-balance note, every line in the ledger; the time it takes is written to the test output.
public sealed class LargeOpeningStockTests(WarehouseFactory factory, ITestOutputHelper output) : IClassFixture<WarehouseFactory>
{
    private const int Count = 1_000;

    [Fact]
    public async Task A_thousand_opening_lines_post_as_one_note_and_the_ledger_matches_the_balances()
    {
        var admin = await factory.SignedInClientAsync("admin");
        var expiry = DateTime.UtcNow.AddYears(1).ToString("yyyy-MM-dd");
        var rows = Enumerable.Range(1, Count).Select(i => i % 2 == 0
            ? OpeningStockWorkbooks.Row("TP1", "A-01-01", "SJ-0104", "1", serial: $"PERF-SN-{i:D5}")
            : OpeningStockWorkbooks.Row("TP1", "A-01-02", "FH-0004", (i % 90 + 1).ToString(), lot: $"PERF-LOT-{i:D5}", expiry: expiry)).ToArray();
        var clock = Stopwatch.StartNew();

        var preview = await admin.UploadAsync(OpeningStockWorkbooks.Build(rows), "stock.xlsx");
        var previewed = clock.Elapsed;
        Assert.Contains($"新增：{Count}", preview);
        var written = await OpeningStockWorkbooks.ConfirmAsync(admin, preview);

        output.WriteLine($"{Count} opening lines: preview {previewed.TotalSeconds:F1} s, preview and write {clock.Elapsed.TotalSeconds:F1} s");
        var note = Assert.Single(OpeningStockWorkbooks.PostedNotes(written));
        await using var db = factory.NewDbContext();
        Assert.Equal(Count, await db.StockMovements.CountAsync(m => m.DocumentId == note));
        Assert.Empty(await BalanceDrift.FindAsync(db).ToListAsync());
    }
}
