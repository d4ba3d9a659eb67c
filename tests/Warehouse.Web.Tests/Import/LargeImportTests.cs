using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Xunit.Abstractions;

namespace Warehouse.Web.Tests.Import;

/// A bureau's whole item list in one workbook: ten thousand rows preview and write, every one of them.
public sealed class LargeImportTests(WarehouseFactory factory, ITestOutputHelper output) : IClassFixture<WarehouseFactory>
{
    private const int Count = 10_000;

    [Fact]
    public async Task A_workbook_of_ten_thousand_items_previews_every_row_and_writes_every_item()
    {
        var admin = await factory.SignedInClientAsync("admin");
        var rows = Enumerable.Range(1, Count).Select(i => new[]
        {
            $"BIG-{i:D5}", $"批量物资 {i}", i % 2 == 0 ? "照明设备" : "防护用品", "个", $"规格 {i}", "", i % 3 == 0 ? "批次/效期" : "普通",
            i % 3 == 0 ? "365" : "", "", (i % 500).ToString(), i % 7 == 0 ? "是" : "否", "EMB",
        }).ToArray();
        var file = ImportWorkbooks.Build([], rows);
        var clock = Stopwatch.StartNew();

        var preview = await admin.UploadAsync(file, "big.xlsx");
        var previewed = clock.Elapsed;
        Assert.Contains($"新增：{Count}", preview);
        await admin.ConfirmAsync(preview);

        output.WriteLine($"{Count} items: preview {previewed.TotalSeconds:F1} s, preview and write {clock.Elapsed.TotalSeconds:F1} s");
        await using var db = factory.NewDbContext();
        Assert.Equal(Count, await db.Items.CountAsync(i => i.Code.StartsWith("BIG-")));
        Assert.Equal(365, (await db.Items.SingleAsync(i => i.Code == "BIG-09999")).ShelfLifeDays);
    }
}
