using System.Text;
using Microsoft.EntityFrameworkCore;

namespace Warehouse.Web.Tests.Import;

/// A workbook full of mistakes is refused row by row, each mistake named in the user's language, and nothing is
/// written; files that are no workbook, or sheets without their required columns, are refused as a whole.
public sealed class ImportRefusalTests(WarehouseFactory factory) : IClassFixture<WarehouseFactory>
{
    private static string[] Item(string code, string name = "测试物资", string cls = "防护用品", string unit = "个", string gtin = "",
        string tracking = "普通", string shelfLife = "", string maintenance = "", string price = "10", string returnable = "否",
        string department = "EMB") => [code, name, cls, unit, "", gtin, tracking, shelfLife, maintenance, price, returnable, department];

    public static readonly (string[] Row, string Reason)[] ItemMistakes =
    [
        (Item("ERR-CLASS", cls: "魔法用品"), "“魔法用品”不是“物资分类”列允许的取值"),
        (Item("ERR-GTIN", gtin: "06901234567891"), "不是有效的 GTIN"),
        (Item("ERR-OK"), "已在本表第 3 行出现"),
        (Item("ERR-SHELF", shelfLife: "两年"), "“保质期(天)”列需要数字，而不是“两年”"),
        (Item("ERR-FORMULA", price: "=1+1"), "“单价(元)”列是公式"),
        (Item("ERR-DEPT", department: "NOPE"), "都没有部门 NOPE"),
        (Item("BAD CODE"), "须为 1 到 30 位字母"),
        (Item("ERR-NAME", name: ""), "物资名称 为必填项"),
        (Item("ERR-TRACK", tracking: "按箱"), "“按箱”不是“追踪方式”列允许的取值"),
        (Item("ERR-RETURN", returnable: "也许"), "“也许”不是“可回收”列允许的取值"),
        (Item("ERR-PRICE", price: "-5"), "单价须在 0 到 100,000,000 之间"),
        (Item("FH-0001", tracking: "序列号"), "追踪方式不同"),
        (Item("ERR-UNIT", unit: "一二三四五六七八九十十一"), "超过 10 个字符"),
        (Item("ERR-GTINLEN", gtin: "12345"), "“12345”不是有效的 GTIN"),
        (Item("ERR-SHELF0", shelfLife: "0"), "保质期须在 1 到 36500 天之间"),
        (Item("ERR-MAINT", maintenance: "1.5"), "“保养周期(天)”列需要数字"),
        (Item("ERR-PRICETEXT", price: "免费"), "“单价(元)”列需要数字，而不是“免费”"),
        (Item("ERR-LONG", name: new string('长', 101)), "超过 100 个字符"),
        (Item("ERR-NOCLASS", cls: ""), "物资分类 为必填项"),
    ];

    [Fact]
    public async Task A_workbook_with_twenty_kinds_of_mistakes_is_refused_row_by_row_in_chinese_and_nothing_is_written()
    {
        var admin = await factory.SignedInClientAsync("admin");
        string[][] items = [Item("ERR-OK"), .. ItemMistakes.Select(m => m.Row)];
        var file = ImportWorkbooks.Build([["ERRD", "导入部门"], ["ERRD", "重复部门"], ["部门一", "中文编码部门"]], items);
        await using var db = factory.NewDbContext();
        var (itemsBefore, departmentsBefore) = (await db.Items.CountAsync(), await db.Departments.CountAsync());

        var preview = await admin.UploadAsync(file);

        var refused = ImportWorkbooks.Rows(preview).Where(r => r.Action == "Refused").ToList();
        Assert.Equal(ItemMistakes.Length + 2, refused.Count);
        for (var i = 0; i < ItemMistakes.Length; i++)
        {
            var row = refused.Single(r => r.Sheet == "物资" && r.Row == i + 4);
            Assert.Contains(ItemMistakes[i].Reason, row.Reason);
        }
        Assert.Contains("已在本表第 3 行出现", refused.Single(r => r.Sheet == "部门" && r.Row == 4).Reason);
        Assert.Contains("须为 1 到 30 位字母", refused.Single(r => r.Sheet == "部门" && r.Row == 5).Reason);
        Assert.Null(ImportWorkbooks.ConfirmId(preview));
        Assert.Equal((itemsBefore, departmentsBefore), (await db.Items.CountAsync(), await db.Departments.CountAsync()));
    }

    [Fact]
    public async Task The_reasons_read_in_english_on_the_english_page()
    {
        var admin = await factory.SignedInClientAsync("admin", "en");

        var preview = await admin.UploadAsync(ImportWorkbooks.Build([], [Item("ERR-EN", gtin: "06901234567891")]));

        Assert.Contains("is not a valid GTIN", ImportWorkbooks.Rows(preview).Single().Reason);
    }

    [Fact]
    public async Task A_renamed_pdf_is_refused_as_not_a_workbook()
    {
        var admin = await factory.SignedInClientAsync("admin");

        var preview = await admin.UploadAsync(Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF"), "catalog.xlsx");

        Assert.Contains("此文件不是 Excel 工作簿", preview);
        Assert.Null(ImportWorkbooks.ConfirmId(preview));
    }

    [Fact]
    public async Task A_sheet_without_a_required_column_is_refused_naming_the_column()
    {
        var admin = await factory.SignedInClientAsync("admin");
        string[] headings = [.. ImportWorkbooks.ItemHeadings.Where(h => h != "计量单位")];

        var preview = await admin.UploadAsync(ImportWorkbooks.Build([], [["ERR-COL", "缺列物资", "防护用品"]], headings));

        Assert.Contains("此工作表缺少“计量单位”列", ImportWorkbooks.Rows(preview).Single().Reason);
        Assert.Null(ImportWorkbooks.ConfirmId(preview));
    }

    [Fact]
    public async Task A_confirmation_of_an_unknown_upload_writes_nothing_and_says_the_preview_is_gone()
    {
        var admin = await factory.SignedInClientAsync("admin");

        var response = await admin.PostFormAsync("/Admin/Import", "/Admin/Import/Confirm",
            new() { ["id"] = new string('a', 32), ["fileName"] = "x.xlsx" });

        Assert.Contains("此预览已失效", await response.Content.ReadAsStringAsync());
    }
}
