using System.Globalization;
using System.Text;

namespace Warehouse.Web.Features.Reports.Periods;

/// A CSV file written row by row (RFC 4180 quoting, UTF-8 with a byte-order mark so Excel reads Chinese), never held whole.
public sealed class CsvSheet(Stream stream) : IAsyncDisposable
{
    private readonly StreamWriter _writer = new(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), 65536, leaveOpen: true)
        { NewLine = "\r\n" };

    public Task RowAsync(params object?[] cells) => _writer.WriteLineAsync(string.Join(',', cells.Select(Cell)));

    public ValueTask DisposeAsync() => _writer.DisposeAsync();

    private static string Cell(object? value)
    {
        var text = value switch
        {
            null => "",
            IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
            _ => value.ToString() ?? "",
        };
        // A cell starting like a formula is read as text by spreadsheet programs, not run.
        if (text.Length > 0 && "=+-@".Contains(text[0]) && !double.TryParse(text, CultureInfo.InvariantCulture, out _))
            text = "'" + text;
        return text.IndexOfAny([',', '"', '\r', '\n']) < 0 ? text : $"\"{text.Replace("\"", "\"\"")}\"";
    }
}
