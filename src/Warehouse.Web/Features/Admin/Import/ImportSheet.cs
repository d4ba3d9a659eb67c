using ClosedXML.Excel;

namespace Warehouse.Web.Features.Admin.Import;

/// A cell as read: its text, and whether it held a formula instead of a value.
public sealed record CellText(string Text, bool IsFormula, object? Value);

/// A data row of a sheet: its number as Excel shows it and its cells by column key.
public sealed record SheetRow(int Number, IReadOnlyDictionary<string, CellText> Cells)
{
    public string Text(string key) => Cells.TryGetValue(key, out var cell) ? cell.Text : "";
}

/// Reads one kind's sheet: headings on row 1 (either language), notes on row 2, data from row 3; rows whose first
/// column starts with # (the template's examples) and empty rows are skipped.
public static class ImportSheet
{
    public const int FirstDataRow = 3;

    /// The sheet of this kind in the workbook, found by its name in either language.
    public static IXLWorksheet? Find(XLWorkbook workbook, ImportKind kind, BothLanguages languages) =>
        workbook.Worksheets.FirstOrDefault(s => languages.Names(kind.SheetKey, s.Name));

    /// The column number of each heading found, by column key.
    public static Dictionary<string, int> Headings(IXLWorksheet sheet, ImportKind kind, BothLanguages languages)
    {
        var found = new Dictionary<string, int>();
        foreach (var cell in sheet.Row(1).CellsUsed())
        {
            var column = kind.Columns.FirstOrDefault(c => languages.Names(kind.HeadingKey(c), cell.GetString()));
            if (column is not null)
                found.TryAdd(column.Key, cell.Address.ColumnNumber);
        }
        return found;
    }

    /// The data rows, each counted on <paramref name="progress"/> as it is read.
    public static IEnumerable<SheetRow> Rows(IXLWorksheet sheet, ImportKind kind, Dictionary<string, int> headings, int firstDataRow,
        ImportProgress? progress = null)
    {
        var first = kind.Columns[0].Key;
        var last = sheet.LastRowUsed()?.RowNumber() ?? 0;
        progress?.Expect(Math.Max(0, last - firstDataRow + 1));
        for (var number = firstDataRow; number <= last; number++)
        {
            progress?.Advance();
            var row = sheet.Row(number);
            var cells = headings.ToDictionary(h => h.Key, h => Read(row.Cell(h.Value)));
            if (cells.Values.All(c => c.Text.Length == 0 && !c.IsFormula) || cells.GetValueOrDefault(first)?.Text.StartsWith('#') == true)
                continue;
            yield return new SheetRow(number, cells);
        }
    }

    private static CellText Read(IXLCell cell) =>
        cell.HasFormula ? new CellText("", true, null) : new CellText(cell.GetString().Trim(), false, cell.IsEmpty() ? null : cell.Value);
}
