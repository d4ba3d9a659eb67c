using System.IO.Compression;

namespace Warehouse.Web.Features.Stock.Export;

/// Writes a titled table as an .xlsx workbook straight to a stream while the rows are read, so memory does not
/// grow with the row count (ClosedXML held the whole workbook: 24,849 ledger rows took 300 MB). Rows beyond
/// <see cref="MaxDataRows"/> (Excel's limit by default) are left out and a last row says so.
public sealed class ExcelExport(int maxDataRows = ExcelExport.ExcelRowLimit - ExcelExport.HeaderRows - 1)
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// The most rows an Excel sheet holds.
    public const int ExcelRowLimit = 1_048_576;

    /// Title, blank line, column headers.
    public const int HeaderRows = 3;

    /// The most data rows one export writes.
    public int MaxDataRows { get; } = maxDataRows;

    /// Writes the workbook; <paramref name="overflow"/> is the last row's text when rows had to be left out.
    public async Task WriteAsync(Stream output, ExportSheet sheet, IAsyncEnumerable<IReadOnlyList<object?>> rows,
        CancellationToken cancellationToken)
    {
        using var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        XlsxPackage.WriteFixedParts(zip, SheetName(sheet.Title));
        using var stream = zip.CreateEntry(XlsxPackage.SheetPart(1), CompressionLevel.Fastest).Open();
        using var writer = new XlsxSheetWriter(stream, sheet.Headers.Select(h => Math.Min(60, Math.Max(12, Width(h)) + 2)).ToList(),
            HeaderRows);
        writer.Row([sheet.Title], XlsxPackage.TitleStyle);
        writer.BlankRow();
        writer.Row(sheet.Headers, XlsxPackage.HeaderStyle);
        var written = 0;
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            if (written == MaxDataRows)
            {
                writer.Row([sheet.Overflow(MaxDataRows)]);
                break;
            }
            writer.Row(row);
            written++;
        }
    }

    private static double Width(string text) => text.Sum(ch => ch > 0x2E80 ? 2.1 : 1.1);

    /// A sheet name Excel accepts: none of []:*?/\ and at most 31 characters.
    internal static string SheetName(string title)
    {
        var clean = new string(title.Where(ch => !"[]:*?/\\".Contains(ch)).ToArray());
        return clean.Length > 31 ? clean[..31] : clean.Length == 0 ? "Sheet1" : clean;
    }
}

/// A sheet's title and column headers, and the sentence that ends a sheet cut at the row limit.
public sealed record ExportSheet(string Title, IReadOnlyList<string> Headers, Func<int, string> Overflow);
