namespace Warehouse.Hardware.EscPos;

// Tables of fixed-width columns, Chinese characters counted as two columns.
public sealed partial class EscPosBuilder
{
    /// <summary>
    /// Prints a table: a heading line and a rule (when any column has a header), then the rows. Cells wrap
    /// inside their column; columns are separated by one space.
    /// </summary>
    /// <exception cref="ArgumentException">The columns do not fit on the line, or a row has too many cells.</exception>
    public EscPosBuilder Table(IReadOnlyList<TableColumn> columns, IEnumerable<IReadOnlyList<string>> rows)
    {
        var widths = ColumnWidths(columns);
        Align(TextAlign.Left);
        if (columns.Any(c => c.Header.Length > 0))
        {
            TableRow(columns, widths, columns.Select(c => c.Header).ToList());
            Rule();
        }
        foreach (var row in rows)
        {
            if (row.Count > columns.Count)
            {
                throw new ArgumentException($"A table row has {row.Count} cells but the table has {columns.Count} columns.", nameof(rows));
            }
            TableRow(columns, widths, row);
        }
        return this;
    }

    private void TableRow(IReadOnlyList<TableColumn> columns, int[] widths, IReadOnlyList<string> cells)
    {
        var wrapped = columns
            .Select((_, i) => TextWidth.Wrap(Printable(i < cells.Count ? cells[i] : "").Replace('\n', ' '), widths[i]))
            .ToList();
        var height = wrapped.Max(lines => lines.Count);
        for (var line = 0; line < height; line++)
        {
            var parts = columns.Select((column, i) =>
                Pad(line < wrapped[i].Count ? wrapped[i][line] : "", widths[i], column.Align));
            WriteLine(string.Join(' ', parts).TrimEnd());
        }
    }

    private int[] ColumnWidths(IReadOnlyList<TableColumn> columns)
    {
        if (columns.Count == 0 || columns.Any(c => c.Width < 0) || columns.Count(c => c.Width == 0) > 1)
        {
            throw new ArgumentException("A table needs at least one column, widths of 0 or more, and at most one column of width 0.", nameof(columns));
        }
        var used = columns.Sum(c => c.Width) + columns.Count - 1;
        if (used > Columns || (used == Columns && columns.Any(c => c.Width == 0)))
        {
            throw new ArgumentException($"The table needs {used} columns but the line has {Columns}.", nameof(columns));
        }
        return columns.Select(c => c.Width == 0 ? Columns - used : c.Width).ToArray();
    }

    private static string Pad(string text, int width, TextAlign align)
    {
        var space = Math.Max(width - TextWidth.OnPrinter(text), 0);
        return align switch
        {
            TextAlign.Right => new string(' ', space) + text,
            TextAlign.Center => new string(' ', space / 2) + text + new string(' ', space - space / 2),
            _ => text + new string(' ', space),
        };
    }
}
