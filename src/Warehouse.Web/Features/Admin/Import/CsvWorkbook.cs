using System.Text;
using ClosedXML.Excel;
using Microsoft.Extensions.Localization;

namespace Warehouse.Web.Features.Admin.Import;

/// A CSV file of one kind, in UTF-8 or GB18030 (what Excel saves as "CSV" on a Chinese Windows), read as a one-sheet
/// workbook: the kind is the one whose required headings line 1 holds, and data starts on line 2.
public static class CsvWorkbook
{
    public const int FirstDataRow = 2;

    static CsvWorkbook() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// The workbook, or null when the file is not text or its first line names no kind's required columns.
    public static XLWorkbook? Read(byte[] content, BothLanguages languages, IStringLocalizer localizer)
    {
        if (content.AsSpan(0, Math.Min(content.Length, 4096)).Contains((byte)0))
            return null;
        var lines = CsvLines.Parse(Decode(content));
        if (lines.Count == 0 || Kind(lines[0], languages) is not { } kind)
            return null;
        var workbook = new XLWorkbook();
        var sheet = workbook.AddWorksheet(localizer[kind.SheetKey].Value);
        for (var r = 0; r < lines.Count; r++)
        {
            for (var c = 0; c < lines[r].Count; c++)
                sheet.Cell(r + 1, c + 1).SetValue(lines[r][c]);
        }
        return workbook;
    }

    /// UTF-8 when the bytes are valid UTF-8 (with or without a byte-order mark), GB18030 otherwise.
    public static string Decode(byte[] content)
    {
        try
        {
            return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(content).TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException)
        {
            return Encoding.GetEncoding("GB18030").GetString(content);
        }
    }

    private static ImportKind? Kind(IReadOnlyList<string> headings, BothLanguages languages) =>
        ImportKind.All
            .Where(k => k.Columns.Where(c => c.Required).All(c => headings.Any(h => languages.Names(k.HeadingKey(c), h))))
            .MaxBy(k => k.Columns.Count(c => headings.Any(h => languages.Names(k.HeadingKey(c), h))));
}
