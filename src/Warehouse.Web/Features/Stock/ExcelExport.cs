using ClosedXML.Excel;

namespace Warehouse.Web.Features.Stock;

/// Writes a titled table to an .xlsx workbook. Column widths are set from the text length because
/// ClosedXML's auto-fit needs System.Drawing, which is not there on Linux.
public sealed class ExcelExport
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public byte[] Write(string title, IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<object?>> rows)
    {
        using var workbook = new XLWorkbook();
        var sheet = workbook.Worksheets.Add(SheetName(title));
        sheet.Cell(1, 1).Value = title;
        sheet.Cell(1, 1).Style.Font.Bold = true;
        sheet.Cell(1, 1).Style.Font.FontSize = 14;
        var widths = headers.Select(h => Width(h)).ToArray();
        for (var c = 0; c < headers.Count; c++)
        {
            var cell = sheet.Cell(3, c + 1);
            cell.Value = headers[c];
            cell.Style.Font.Bold = true;
            cell.Style.Fill.BackgroundColor = XLColor.FromHtml("#DCE6F1");
        }
        var row = 4;
        foreach (var values in rows)
        {
            for (var c = 0; c < values.Count && c < headers.Count; c++)
            {
                var cell = sheet.Cell(row, c + 1);
                switch (values[c])
                {
                    case null:
                        break;
                    case int n:
                        cell.Value = n;
                        break;
                    case decimal d:
                        cell.Value = d;
                        break;
                    case DateTime t:
                        cell.Value = t;
                        cell.Style.DateFormat.Format = "yyyy-mm-dd hh:mm";
                        break;
                    case DateOnly day:
                        cell.Value = day.ToDateTime(TimeOnly.MinValue);
                        cell.Style.DateFormat.Format = "yyyy-mm-dd";
                        break;
                    default:
                        var text = values[c]!.ToString() ?? "";
                        cell.SetValue(text);
                        widths[c] = Math.Max(widths[c], Width(text));
                        break;
                }
            }
            row++;
        }
        for (var c = 0; c < headers.Count; c++)
            sheet.Column(c + 1).Width = Math.Min(60, widths[c] + 2);
        sheet.SheetView.FreezeRows(3);
        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return stream.ToArray();
    }

    private static double Width(string text) => text.Sum(ch => ch > 0x2E80 ? 2.1 : 1.1);

    private static string SheetName(string title)
    {
        var clean = new string(title.Where(ch => !"[]:*?/\\".Contains(ch)).ToArray());
        return clean.Length > 31 ? clean[..31] : clean.Length == 0 ? "Sheet1" : clean;
    }
}
