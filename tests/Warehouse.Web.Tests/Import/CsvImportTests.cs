using System.Text;
using Microsoft.EntityFrameworkCore;

namespace Warehouse.Web.Tests.Import;

/// A CSV of one kind is read in UTF-8 (with or without a byte-order mark) or GB18030, its kind found from its headings,
/// and its rows numbered as the file's lines.
public sealed class CsvImportTests(WarehouseFactory factory) : IClassFixture<WarehouseFactory>
{
    static CsvImportTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private const string Items = "物资编码,物资名称,物资分类,计量单位,追踪方式,规格型号\r\n" +
                                 "CSV-1,折叠床,临时食宿,张,普通,\"1.9m, 钢架\"\r\n" +
                                 "CSV-2,应急灯,照明设备,个,普通,\r\n";

    [Theory]
    [InlineData("utf-8")]
    [InlineData("utf-8-bom")]
    [InlineData("GB18030")]
    public async Task A_csv_of_items_is_read_in_its_encoding_and_written_on_confirmation(string encoding)
    {
        var admin = await factory.SignedInClientAsync("admin");
        var prefix = "C" + encoding.Replace("-", "").ToUpperInvariant();
        var text = Items.Replace("CSV-", prefix + "-");
        var bytes = encoding switch
        {
            "utf-8" => Encoding.UTF8.GetBytes(text),
            "utf-8-bom" => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)],
            _ => Encoding.GetEncoding("GB18030").GetBytes(text),
        };

        var preview = await admin.UploadAsync(bytes, "items.csv");

        Assert.Equal([(2, "Add"), (3, "Add")], ImportWorkbooks.Rows(preview).Select(r => (r.Row, r.Action)));
        await admin.ConfirmAsync(preview);
        await using var db = factory.NewDbContext();
        var bed = await db.Items.SingleAsync(i => i.Code == prefix + "-1");
        Assert.Equal(("折叠床", "1.9m, 钢架", "张"), (bed.Name, bed.Specification, bed.Unit));
    }

    [Fact]
    public async Task A_csv_whose_headings_name_no_kind_is_refused_as_a_whole()
    {
        var admin = await factory.SignedInClientAsync("admin");

        var preview = await admin.UploadAsync(Encoding.UTF8.GetBytes("名称,数量\r\n口罩,5\r\n"), "stock.csv");

        Assert.Contains("也不是第一行为模板列名的 CSV 文件", preview);
    }
}
