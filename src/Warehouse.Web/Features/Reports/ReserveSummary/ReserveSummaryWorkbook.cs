using ClosedXML.Excel;
using Microsoft.Extensions.Localization;
using Warehouse.Domain.Common;
using Warehouse.Web.Features.Allocation;
using Warehouse.Web.Infrastructure;

namespace Warehouse.Web.Features.Reports.ReserveSummary;

/// The report as a bureau files it: a cover sheet with the period and who produced it, then one sheet per section, the
/// balance sheet with its totals. Headings are in the user's language (Chinese by default).
public sealed class ReserveSummaryWorkbook(IStringLocalizer<SharedResource> localizer, BureauClock clock)
{
    public byte[] Render(ReserveSummaryReport report, Data.Readiness.ReadinessReport? fillRates = null)
    {
        using var book = new XLWorkbook();
        Cover(book.AddWorksheet(L("Reserve summary")), report);
        Balances(book.AddWorksheet(L("Storage mode")), report);
        Sheet(book, L("Quota coverage"), [L("Depot"), L("Quota lines"), L("At minimum"), L("At target"), L("Target quantity"), L("Covered"),
                L("Coverage")],
            report.QuotaCoverage.Select(q => new object[] { q.Depot, q.Lines, q.AtMinimum, q.AtTarget, q.TargetQuantity, q.CoveredQuantity, q.Coverage }));
        Sheet(book, L("Batches expiring within 90 days"), [L("Depot"), L("Item code"), L("Item"), L("Batch"), L("Expiry"), L("On hand")],
            report.Expiring.Select(b => new object[] { b.Depot, b.ItemCode, b.ItemName, b.Batch, b.Expiry.ToString("yyyy-MM-dd"), b.OnHand }));
        Sheet(book, L("Dispatches"), [L("Source depot"), L("Destination"), L("Deliveries"), L("Median (min)"), L("90th percentile (min)"),
                L("Within target")],
            report.Dispatches.Select(d => new object[] { d.Source, d.Destination, d.Count, Math.Round(d.MedianMinutes), Math.Round(d.P90Minutes),
                d.WithinTargetShare }).Append(WholePeriod(report.DispatchTimes)));
        Sheet(book, L("Emergency releases"), [L("Request"), L("Incident"), L("Released"), L("Ratification")],
            report.EmergencyReleases.Select(e => new object[] { e.Request, e.Incident, Local(e.ReleasedAt), L($"Ratification.{e.Ratification}") }));
        Sheet(book, L("Counts"), [L("Count number"), L("Depot"), L("Approved by"), L("Lines counted"), L("Variance"), L("Variance value")],
            report.Counts.Select(c => new object[] { c.Number, c.Depot, c.ApprovedBy, c.Lines, c.VarianceLines, c.VarianceValue }));
        if (fillRates is not null)
            new Readiness.ReadinessWorkbook(localizer).AddSummary(book, fillRates);
        using var stream = new MemoryStream();
        book.SaveAs(stream);
        return stream.ToArray();
    }

    private void Cover(IXLWorksheet sheet, ReserveSummaryReport report)
    {
        sheet.Cell(1, 1).Value = L("Reserve summary");
        sheet.Cell(1, 1).Style.Font.SetBold().Font.SetFontSize(16);
        sheet.Cell(3, 1).Value = L("Period");
        sheet.Cell(3, 2).Value = $"{report.From:yyyy-MM-dd} – {report.To:yyyy-MM-dd}";
        sheet.Cell(4, 1).Value = L("Produced by");
        sheet.Cell(4, 2).Value = report.ProducedBy;
        sheet.Cell(5, 1).Value = L("Time");
        sheet.Cell(5, 2).Value = Local(report.ProducedAt);
        // A fixed width: measuring text needs fonts the server may not have.
        sheet.Columns().Width = 18;
    }

    private void Balances(IXLWorksheet sheet, ReserveSummaryReport report)
    {
        var headings = new List<string> { L("Depot"), L("Supply class"), L("Storage mode"), L("Opening"), L("Opening value") };
        headings.AddRange(ReserveSummaryReport.ReceiptReasons.Select(r => "+" + L($"Reason.{r}")));
        headings.AddRange(ReserveSummaryReport.IssueReasons.Select(r => "−" + L($"Reason.{r}")));
        headings.AddRange([L("Closing"), L("Closing value")]);
        var rows = report.Rows.Select(r => new object[] { r.Depot, L($"Class.{r.Class}"), L($"Mode.{r.Mode}"), r.OpeningQuantity, r.OpeningValue }
            .Concat(ReserveSummaryReport.ReceiptReasons.Select(x => (object)r.Received.GetValueOrDefault(x)))
            .Concat(ReserveSummaryReport.IssueReasons.Select(x => (object)r.Issued.GetValueOrDefault(x)))
            .Concat([r.ClosingQuantity, r.ClosingValue]).ToArray()).ToList();
        Fill(sheet, headings, rows);
        var total = rows.Count + 2;
        sheet.Cell(total, 1).Value = L("Totals");
        for (var column = 4; column <= headings.Count; column++)
            sheet.Cell(total, column).FormulaA1 = $"SUM({sheet.Cell(2, column).Address}:{sheet.Cell(total - 1, column).Address})";
        sheet.Row(total).Style.Font.SetBold();
    }

    private void Sheet(XLWorkbook book, string name, IReadOnlyList<string> headings, IEnumerable<object[]> rows) =>
        Fill(book.AddWorksheet(name.Length > 31 ? name[..31] : name), headings, rows.ToList());

    private static void Fill(IXLWorksheet sheet, IReadOnlyList<string> headings, IReadOnlyList<object[]> rows)
    {
        for (var c = 0; c < headings.Count; c++)
            sheet.Cell(1, c + 1).Value = headings[c];
        sheet.Row(1).Style.Font.SetBold();
        for (var r = 0; r < rows.Count; r++)
            for (var c = 0; c < rows[r].Length; c++)
                sheet.Cell(r + 2, c + 1).Value = rows[r][c];
        // A fixed width: measuring text needs fonts the server may not have.
        sheet.Columns().Width = 18;
    }

    private object[] WholePeriod(DispatchTimes times) =>
        [L("Whole period"), "", times.Count, Math.Round(times.MedianMinutes), Math.Round(times.P90Minutes), times.WithinTargetShare];

    private string Local(DateTime utc) => clock.ToLocal(utc).ToString("yyyy-MM-dd HH:mm");

    private string L(string key) => localizer[key].Value;
}
