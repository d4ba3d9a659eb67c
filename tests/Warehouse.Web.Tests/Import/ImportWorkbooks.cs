using System.Net;
using System.Text.RegularExpressions;
using ClosedXML.Excel;

namespace Warehouse.Web.Tests.Import;

/// Workbooks as a bureau fills them in (Chinese sheet names and headings, notes on row 2, data from row 3), and the
/// import page driven as a browser would: upload, read the preview, confirm.
public static partial class ImportWorkbooks
{
    public static readonly string[] ItemHeadings =
        ["物资编码", "物资名称", "物资分类", "计量单位", "规格型号", "商品条码(GTIN)", "追踪方式", "保质期(天)", "保养周期(天)", "单价(元)", "可回收", "责任部门编码"];

    /// A workbook with a 部门 sheet and a 物资 sheet holding the given rows; a cell starting with '=' is written as a formula.
    public static byte[] Build(string[][] departments, string[][] items, string[]? itemHeadings = null)
    {
        using var workbook = new XLWorkbook();
        Fill(workbook.AddWorksheet("部门"), ["部门编码", "部门名称"], departments);
        Fill(workbook.AddWorksheet("物资"), itemHeadings ?? ItemHeadings, items);
        using var output = new MemoryStream();
        workbook.SaveAs(output);
        return output.ToArray();
    }

    public static readonly string[] DepotHeadings = ["储备库编码", "储备库名称", "类型", "纬度", "经度", "地址", "联系人", "电话"];
    public static readonly string[] LocationHeadings = ["储备库编码", "库位号", "库位名称"];
    public static readonly string[] QuotaHeadings = ["储备库编码", "物资编码", "最低储备", "目标储备"];

    /// A workbook of the given sheets, each with its headings and rows.
    public static byte[] Sheets(params (string Name, string[] Headings, string[][] Rows)[] sheets)
    {
        using var workbook = new XLWorkbook();
        foreach (var (name, headings, rows) in sheets)
            Fill(workbook.AddWorksheet(name), headings, rows);
        using var output = new MemoryStream();
        workbook.SaveAs(output);
        return output.ToArray();
    }

    private static void Fill(IXLWorksheet sheet, string[] headings, string[][] rows)
    {
        for (var c = 0; c < headings.Length; c++)
        {
            sheet.Cell(1, c + 1).Value = headings[c];
            sheet.Cell(2, c + 1).Value = "note";
        }
        for (var r = 0; r < rows.Length; r++)
        {
            for (var c = 0; c < rows[r].Length; c++)
            {
                var cell = sheet.Cell(r + 3, c + 1);
                if (rows[r][c].StartsWith('='))
                    cell.FormulaA1 = rows[r][c][1..];
                else
                    cell.SetValue(rows[r][c]);
            }
        }
    }

    public static async Task<string> UploadAsync(this HttpClient client, byte[] file, string fileName = "catalog.xlsx")
    {
        var token = await client.AntiforgeryTokenAsync("/Admin/Import");
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new ByteArrayContent(file), "file", fileName },
        };
        return await client.FinishedJobPageAsync(await client.PostAsync("/Admin/Import/Upload", form));
    }

    public static async Task<string> ConfirmAsync(this HttpClient client, string preview)
    {
        var id = ConfirmId(preview) ?? throw new InvalidOperationException("The preview offers no confirmation.");
        return await client.FinishedJobPageAsync(await client.PostFormAsync("/Admin/Import", "/Admin/Import/Confirm", new() { ["id"] = id }));
    }

    /// The page an upload, confirmation or cancellation answered: as it came when it refused at once, or the job's page
    /// once its job has stopped running (previewed, written, cancelled or failed).
    public static async Task<string> FinishedJobPageAsync(this HttpClient client, HttpResponseMessage response)
    {
        if (response.StatusCode == HttpStatusCode.OK)
            return await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var job = response.Headers.Location!.OriginalString;
        Assert.StartsWith("/Admin/Import/Job/", job);
        for (var wait = TimeSpan.FromMinutes(5); ; wait -= TimeSpan.FromMilliseconds(100))
        {
            var page = await client.GetStringAsync(job);
            if (!page.Contains("data-import-progress=", StringComparison.Ordinal) || wait <= TimeSpan.Zero)
                return page;
            await Task.Delay(100);
        }
    }

    public static string? ConfirmId(string preview) => ConfirmPattern().Match(preview) is { Success: true } m ? m.Groups[1].Value : null;

    /// The preview's rows: sheet, row number, code, action and reason.
    public static List<(string Sheet, int Row, string Code, string Action, string Reason)> Rows(string preview) =>
        RowPattern().Matches(preview).Select(m => (Text(m, 2), int.Parse(m.Groups[3].Value), Text(m, 4), m.Groups[1].Value, Text(m, 6))).ToList();

    private static string Text(Match match, int group) => WebUtility.HtmlDecode(match.Groups[group].Value).Trim();

    [GeneratedRegex("name=\"id\" value=\"([0-9a-f]{32})\"")]
    private static partial Regex ConfirmPattern();

    [GeneratedRegex("data-row-action=\"(\\w+)\">\\s*<td>(.*?)</td><td>(\\d+)</td><td>(.*?)</td><td>(.*?)</td><td>(.*?)</td>", RegexOptions.Singleline)]
    private static partial Regex RowPattern();
}
