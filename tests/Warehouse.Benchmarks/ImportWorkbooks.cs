using ClosedXML.Excel;

namespace Warehouse.Benchmarks;

/// Generated import workbooks as a bureau fills the template in: Chinese headings on row 1, notes on row 2, data from row 3.
public static class ImportWorkbooks
{
    public const string ItemPrefix = "BENCH-";

    /// Items in three trackings (plain, lots with a shelf life, serial numbers), spread over the 13 classes.
    public static byte[] Items(int count) => Sheet("物资",
        ["物资编码", "物资名称", "物资分类", "计量单位", "规格型号", "追踪方式", "保质期(天)", "单价(元)", "可回收"],
        Enumerable.Range(1, count).Select(i => new[]
        {
            Code(i), $"基准物资 {i}", Classes[i % Classes.Length], "件", $"规格 {i % 97}", Tracking(i), i % 3 == 1 ? "365" : "",
            (i % 500).ToString(), i % 3 == 2 ? "是" : "否",
        }));

    /// Opening stock over the central reserve's bins, every line its own balance: plain stock, a lot of its own per
    /// lot-tracked line, one unit per serial-numbered line.
    public static byte[] OpeningStock(int lines, int items, string[] bins)
    {
        var expiry = DateTime.UtcNow.AddYears(1).ToString("yyyy-MM-dd");
        return Sheet("期初库存", ["储备库编码", "库位", "物资编码", "数量", "批号", "有效期至", "序列号"],
            Enumerable.Range(0, lines).Select(j =>
            {
                var item = j % items + 1;
                var bin = bins[j / items % bins.Length];
                return (item % 3) switch
                {
                    1 => new[] { "CR", bin, Code(item), $"{j % 90 + 10}", $"L{j:D6}", expiry, "" },
                    2 => ["CR", bin, Code(item), "1", "", "", $"SN{j:D6}"],
                    _ => ["CR", bin, Code(item), $"{j % 200 + 1}", "", "", ""],
                };
            }));
    }

    private static readonly string[] Classes =
        ["防护用品", "生命救助", "生命支持", "救援运载", "临时食宿", "污染清理", "动力燃料", "工程设备", "器材工具", "照明设备", "通讯广播", "交通运输", "工程材料"];

    private static string Code(int i) => $"{ItemPrefix}{i:D5}";

    private static string Tracking(int i) => (i % 3) switch { 1 => "批次/效期", 2 => "序列号", _ => "普通" };

    private static byte[] Sheet(string name, string[] headings, IEnumerable<string[]> rows)
    {
        using var workbook = new XLWorkbook();
        var sheet = workbook.AddWorksheet(name);
        for (var c = 0; c < headings.Length; c++)
        {
            sheet.Cell(1, c + 1).Value = headings[c];
            sheet.Cell(2, c + 1).Value = "说明";
        }
        var r = 3;
        foreach (var row in rows)
        {
            for (var c = 0; c < row.Length; c++)
                sheet.Cell(r, c + 1).SetValue(row[c]);
            r++;
        }
        using var output = new MemoryStream();
        workbook.SaveAs(output);
        return output.ToArray();
    }
}
