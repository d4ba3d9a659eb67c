using ClosedXML.Excel;
using Microsoft.Extensions.Localization;
using Warehouse.Data.Readiness;

namespace Warehouse.Web.Features.Readiness;

/// The fill rates as a workbook: the rate per standard, every place's rate, and every missing item. The first sheet is
/// also the reserve summary's fill-rate section. Headings are in the user's language.
public sealed class ReadinessWorkbook(IStringLocalizer<SharedResource> localizer)
{
    public byte[] Render(ReadinessReport report)
    {
        using var book = new XLWorkbook();
        AddSummary(book, report);
        Sheet(book, L("Places"), [L("Equipment standard"), L("Township"), L("Place"), L("Kind"), L("Required"), L("Held"), L("Missing"),
                L("Fill rate")],
            report.Standards.SelectMany(s => s.Townships.Concat(s.Villages).Select(p => new object[]
            {
                s.Name, p.Township ?? p.Name, p.Name, L($"PlaceKind.{p.Kind}"), p.Total.Required, p.Total.Covered, p.Total.Missing,
                Math.Round(p.Total.Rate, 4),
            })));
        Sheet(book, L("Missing items"), [L("Equipment standard"), L("Place"), L("Item code"), L("Item"), L("Unit"), L("Required"),
                L("Held"), L("Missing")],
            report.Standards.SelectMany(s => s.Townships.Concat(s.Villages).SelectMany(p => p.Missing.Select(i => new object[]
            {
                s.Name, p.Name, i.ItemCode, i.ItemName, i.Unit, i.Rate.Required, i.Rate.Held, i.Rate.Missing,
            }))));
        using var stream = new MemoryStream();
        book.SaveAs(stream);
        return stream.ToArray();
    }

    /// The sheet of the rate per standard: required, held and missing over all places.
    private void AddSummary(XLWorkbook book, ReadinessReport report)
    {
        var (name, headings, rows) = Summary(report);
        Sheet(book, name, headings, rows);
    }

    /// The rate per standard as a sheet's name, headings and rows, the rate last; the reserve summary's workbook has it too.
    public (string Name, string[] Headings, IEnumerable<object[]> Rows) Summary(ReadinessReport report) =>
        (L("Fill rates"), [L("Equipment standard"), L("Code"), L("Required"), L("Held"), L("Missing"), L("Fill rate")],
            report.Standards.Select(s => new object[]
            {
                s.Name, s.Code, s.Total.Required, s.Total.Covered, s.Total.Missing, Math.Round(s.Total.Rate, 4),
            }));

    private static void Sheet(XLWorkbook book, string name, string[] headings, IEnumerable<object[]> rows)
    {
        var sheet = book.AddWorksheet(name);
        for (var c = 0; c < headings.Length; c++)
            sheet.Cell(1, c + 1).Value = headings[c];
        sheet.Row(1).Style.Font.SetBold();
        var r = 2;
        foreach (var row in rows)
        {
            for (var c = 0; c < row.Length; c++)
                sheet.Cell(r, c + 1).Value = row[c];
            r++;
        }
        sheet.Column(headings.Length).Style.NumberFormat.Format = "0.0%";
        sheet.Columns(1, headings.Length).Width = 16;
    }

    private string L(string key) => localizer[key].Value;
}
