using Microsoft.EntityFrameworkCore;
using static Warehouse.Web.Tests.Import.OpeningStockWorkbooks;

namespace Warehouse.Web.Tests.Import;

/// An opening-stock sheet full of mistakes is refused row by row, each mistake named in the user's language, and
/// nothing is posted.
public sealed class OpeningStockRefusalTests(WarehouseFactory factory) : IClassFixture<WarehouseFactory>
{
    private static readonly string NextYear = DateTime.UtcNow.AddYears(1).ToString("yyyy-MM-dd");

    public static readonly (string[] Row, string Reason)[] Mistakes =
    [
        (Row("NODEPOT", "", "FH-0001", "5"), "都没有储备库 NODEPOT"),
        (Row("TP1", "Z-99", "FH-0001", "5"), "都没有库位 Z-99"),
        (Row("TP1", "CR-A-01-01", "FH-0001", "5"), "库位 CR-A-01-01 不在储备库 TP1"),
        (Row("TP1", "A-01-01", "NOITEM", "5"), "都没有物资 NOITEM"),
        (Row("TP1", "A-01-01", "FH-0002", "五箱"), "“数量”列需要数字，而不是“五箱”"),
        (Row("TP1", "A-01-01", "FH-0003", "0"), "数量必须是正整数"),
        (Row("TP1", "A-01-01", "FH-0006", "-3"), "数量必须是正整数"),
        (Row("TP1", "A-01-01", "FH-0007", "2.5"), "“数量”列需要整数件数"),
        (Row("TP1", "A-01-01", "FH-0004", "10"), "按批次管理：请填写批号和有效期"),
        (Row("TP1", "A-01-01", "FH-0005", "10", lot: "OLD-LOT", expiry: "2020-01-01"), "批号 OLD-LOT 已于 2020-01-01 过期"),
        (Row("TP1", "A-01-01", "SZ-0201", "10", lot: "NO-EXPIRY"), "新批次需要填写有效期"),
        (Row("TP1", "A-01-01", "SZ-0202", "10", lot: "L-1", expiry: "明年"), "“有效期至”列需要日期"),
        (Row("TP1", "A-01-01", "SJ-0104", "1"), "按序列号管理：请逐台扫描或输入序列号"),
        (Row("TP1", "A-01-01", "SJ-0104", "1", serial: "DUP-SN-1"), ""),
        (Row("TP1", "A-01-02", "SJ-0104", "1", serial: "DUP-SN-1"), "序列号 DUP-SN-1 已在本表第 16 行出现"),
        (Row("TP1", "A-01-01", "SJ-0104", "1", serial: "HRT-2308-01037"), "设备 HRT-2308-01037 已在库"),
        (Row("TP1", "A-01-01", "SJ-0107", "2", serial: "TWO-AT-ONCE"), "序列号设备须逐台登记"),
        (Row("TP1", "A-01-01", "FH-0008", "5", mode: "仓库自有"), "“仓库自有”不是“储备方式”列允许的取值"),
        (Row("CR", "A-02-01", "FH-0001", "HELD+1"), "该库存行现有库存为 HELD"),
        (Row("TP1", "A-01-03", "SJ-0101", "5"), ""),
        (Row("TP1", "TP1-A-01-03", "SJ-0101", "7"), "相同的库存行（储备库、库位、物资、批号、序列号、储备方式）已在本表第 22 行出现"),
        (Row("TP1", "A-01-01", "FH-0001", "=2*3"), "“数量”列是公式"),
    ];

    [Fact]
    public async Task A_sheet_with_every_kind_of_stock_mistake_is_refused_row_by_row_in_chinese_and_nothing_is_posted()
    {
        var admin = await factory.SignedInClientAsync("admin");
        await using var db = factory.NewDbContext();
        var (stock, documents) = (await StockAsync(db), await db.StockDocuments.CountAsync());

        var held = stock["CR/CR-A-02-01/FH-0001////Government"];
        var sheet = Mistakes.Select(m => m.Row.Select(c => c.Replace("HELD+1", (held + 1).ToString())).ToArray()).ToArray();

        var preview = await admin.UploadAsync(Build(sheet), "stock.xlsx");

        var rows = ImportWorkbooks.Rows(preview);
        for (var i = 0; i < Mistakes.Length; i++)
        {
            var row = rows.Single(r => r.Row == i + 3);
            var reason = Mistakes[i].Reason.Replace("HELD", held.ToString());
            if (reason.Length == 0)
                Assert.Equal("Add", row.Action);
            else
                Assert.True(row.Action == "Refused" && row.Reason.Contains(reason), $"row {i + 3}: {row.Action} {row.Reason}");
        }
        Assert.Null(ImportWorkbooks.ConfirmId(preview));
        Assert.Equal(stock, await StockAsync(db));
        Assert.Equal(documents, await db.StockDocuments.CountAsync());
    }

    [Fact]
    public async Task The_stock_reasons_read_in_english_on_the_english_page()
    {
        var admin = await factory.SignedInClientAsync("admin", "en");
        var file = ImportWorkbooks.Sheets(("Opening stock", ["Depot code", "Location", "Item code", "Quantity", "Lot", "Expiry", "Serial number",
            "Storage mode"], [Row("TP1", "A-01-01", "FH-0001", "1.5"), Row("TP1", "A-01-01", "FH-0004", "3", lot: "X", expiry: NextYear)]));

        var rows = ImportWorkbooks.Rows(await admin.UploadAsync(file, "stock.xlsx"));

        Assert.Contains("needs a whole number of units, not \"1.5\"", rows.Single(r => r.Row == 3).Reason);
        Assert.Equal("Add", rows.Single(r => r.Row == 4).Action);
    }
}
