using System.Globalization;
using System.Text;
using System.Xml;

namespace Warehouse.Web.Features.Stock.Export;

/// Writes a sheet's part row by row as the rows arrive: inline strings, numbers, and dates as serial numbers with a
/// date style, so nothing is held but the row being written.
internal sealed class XlsxSheetWriter : IDisposable
{
    private readonly XmlWriter _xml;
    private int _row;

    /// Starts the sheet; <paramref name="closeStream"/> closes the part's stream with the writer.
    public XlsxSheetWriter(Stream stream, IReadOnlyList<double> widths, int frozenRows, bool closeStream = false)
    {
        _xml = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false), CloseOutput = closeStream });
        _xml.WriteStartElement("worksheet", "http://schemas.openxmlformats.org/spreadsheetml/2006/main");
        if (frozenRows > 0)
            Freeze(frozenRows);
        Columns(widths);
        _xml.WriteStartElement("sheetData");
    }

    private void Freeze(int frozenRows)
    {
        _xml.WriteStartElement("sheetViews");
        _xml.WriteStartElement("sheetView");
        _xml.WriteAttributeString("workbookViewId", "0");
        _xml.WriteStartElement("pane");
        _xml.WriteAttributeString("ySplit", frozenRows.ToString(CultureInfo.InvariantCulture));
        _xml.WriteAttributeString("topLeftCell", "A" + (frozenRows + 1).ToString(CultureInfo.InvariantCulture));
        _xml.WriteAttributeString("activePane", "bottomLeft");
        _xml.WriteAttributeString("state", "frozen");
        _xml.WriteEndElement();
        _xml.WriteEndElement();
        _xml.WriteEndElement();
    }

    private void Columns(IReadOnlyList<double> widths)
    {
        _xml.WriteStartElement("cols");
        for (var c = 0; c < widths.Count; c++)
        {
            _xml.WriteStartElement("col");
            _xml.WriteAttributeString("min", (c + 1).ToString(CultureInfo.InvariantCulture));
            _xml.WriteAttributeString("max", (c + 1).ToString(CultureInfo.InvariantCulture));
            _xml.WriteAttributeString("width", widths[c].ToString("0.##", CultureInfo.InvariantCulture));
            _xml.WriteAttributeString("customWidth", "1");
            _xml.WriteEndElement();
        }
        _xml.WriteEndElement();
    }

    /// How many rows are written so far, blank ones included.
    public int Rows => _row;

    public void BlankRow() => _row++;

    /// Writes the next row; every cell takes <paramref name="style"/> unless its value needs a date style.
    public void Row(IReadOnlyList<object?> values, int style = 0)
    {
        _row++;
        _xml.WriteStartElement("row");
        _xml.WriteAttributeString("r", _row.ToString(CultureInfo.InvariantCulture));
        for (var c = 0; c < values.Count; c++)
        {
            if (values[c] is { } value)
                Cell(c, value, style);
        }
        _xml.WriteEndElement();
    }

    private void Cell(int column, object value, int style)
    {
        _xml.WriteStartElement("c");
        _xml.WriteAttributeString("r", ColumnName(column) + _row.ToString(CultureInfo.InvariantCulture));
        if (value is XlsxCell styled)
            (value, style) = (styled.Value, styled.Style);
        switch (value)
        {
            case XlsxFormula formula:
                Style(style);
                _xml.WriteElementString("f", formula.Text);
                _xml.WriteElementString("v", Convert.ToString(formula.Value, CultureInfo.InvariantCulture));
                break;
            case int or long or decimal or double:
                Style(style);
                _xml.WriteElementString("v", Convert.ToString(value, CultureInfo.InvariantCulture));
                break;
            case DateTime time:
                Style(XlsxPackage.DateTimeStyle);
                _xml.WriteElementString("v", time.ToOADate().ToString("R", CultureInfo.InvariantCulture));
                break;
            case DateOnly day:
                Style(XlsxPackage.DateStyle);
                _xml.WriteElementString("v", day.ToDateTime(TimeOnly.MinValue).ToOADate().ToString("R", CultureInfo.InvariantCulture));
                break;
            default:
                Style(style);
                _xml.WriteAttributeString("t", "inlineStr");
                _xml.WriteStartElement("is");
                _xml.WriteStartElement("t");
                _xml.WriteAttributeString("xml", "space", null, "preserve");
                _xml.WriteString(XmlText(value.ToString() ?? ""));
                _xml.WriteEndElement();
                _xml.WriteEndElement();
                break;
        }
        _xml.WriteEndElement();
    }

    private void Style(int style)
    {
        if (style != 0)
            _xml.WriteAttributeString("s", style.ToString(CultureInfo.InvariantCulture));
    }

    public void Dispose()
    {
        _xml.WriteEndElement();
        _xml.WriteEndElement();
        _xml.Dispose();
    }

    /// A, B, … Z, AA, AB …
    public static string ColumnName(int index) => index < 26 ? ((char)('A' + index)).ToString()
        : ColumnName(index / 26 - 1) + (char)('A' + index % 26);

    // Control characters are not allowed in XML at all; a scanned code could carry one.
    private static string XmlText(string text) =>
        text.All(XmlConvert.IsXmlChar) ? text : new string(text.Where(XmlConvert.IsXmlChar).ToArray());
}

/// A cell written with its own style rather than its row's.
internal readonly record struct XlsxCell(object Value, int Style);

/// A cell holding a formula (A1 references, no leading '=') and its value, for readers that do not compute formulas.
internal readonly record struct XlsxFormula(string Text, decimal Value);
