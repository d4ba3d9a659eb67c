using System.Globalization;
using System.IO.Compression;
using Microsoft.Extensions.Localization;
using Warehouse.Domain.Common;
using Warehouse.Web.Features.Allocation;
using Warehouse.Web.Features.Stock.Export;
using Warehouse.Web.Infrastructure;

namespace Warehouse.Web.Features.Reports.ReserveSummary;

/// The report as a bureau files it: a cover sheet with the period and who produced it, then one sheet per section, the
/// balance sheet with its totals. Headings are in the user's language (Chinese by default). Written part by part as
/// SpreadsheetML, as the large exports are: a report of a hundred depots has thousands of balance rows.
public sealed class ReserveSummaryWorkbook(IStringLocalizer<SharedResource> localizer, BureauClock clock)
{
    // A fixed width: measuring text needs fonts the server may not have.
    private const double Width = 18;

    public byte[] Render(ReserveSummaryReport report, Data.Readiness.ReadinessReport? fillRates = null)
    {
        var sections = Sections(report, fillRates);
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            XlsxPackage.WriteFixedParts(zip, [L("Reserve summary"), .. sections.Select(s => s.Name)]);
            using (var cover = Sheet(zip, 1, 2))
            {
                cover.Row([L("Reserve summary")], XlsxPackage.TitleStyle);
                cover.BlankRow();
                cover.Row([L("Period"), $"{report.From:yyyy-MM-dd} – {report.To:yyyy-MM-dd}"]);
                cover.Row([L("Produced by"), report.ProducedBy]);
                cover.Row([L("Time"), Local(report.ProducedAt)]);
            }
            for (var i = 0; i < sections.Count; i++)
            {
                using var sheet = Sheet(zip, i + 2, sections[i].Headings.Count);
                Fill(sheet, sections[i]);
            }
        }
        return output.ToArray();
    }

    /// One sheet: its name (as Excel accepts it), headings, rows, and from which column (counted from 0) a totals row
    /// sums the columns, if it has one.
    private sealed record Section(string Name, IReadOnlyList<string> Headings, IReadOnlyList<object?[]> Rows, int? TotalsFrom = null);

    private List<Section> Sections(ReserveSummaryReport report, Data.Readiness.ReadinessReport? fillRates)
    {
        var sections = new List<Section>
        {
            Balances(report),
            Of(L("Quota coverage"), [L("Depot"), L("Quota lines"), L("At minimum"), L("At target"), L("Target quantity"), L("Covered"),
                    L("Coverage")],
                report.QuotaCoverage.Select(q => new object?[]
                {
                    q.Depot, q.Lines, q.AtMinimum, q.AtTarget, q.TargetQuantity, q.CoveredQuantity, Percent(q.Coverage),
                })),
            Of(L("Batches expiring within 90 days"), [L("Depot"), L("Item code"), L("Item"), L("Batch"), L("Expiry"), L("On hand")],
                report.Expiring.Select(b => new object?[] { b.Depot, b.ItemCode, b.ItemName, b.Batch, b.Expiry.ToString("yyyy-MM-dd"), b.OnHand })),
            Of(L("Dispatches"), [L("Source depot"), L("Destination"), L("Deliveries"), L("Median (min)"), L("90th percentile (min)"),
                    L("Within target")],
                report.Dispatches.Select(d => new object?[]
                {
                    d.Source, d.Destination, d.Count, Math.Round(d.MedianMinutes), Math.Round(d.P90Minutes), Percent(d.WithinTargetShare),
                }).Append(WholePeriod(report.DispatchTimes))),
            Of(L("Emergency releases"), [L("Request"), L("Incident"), L("Released"), L("Ratification")],
                report.EmergencyReleases.Select(e => new object?[] { e.Request, e.Incident, Local(e.ReleasedAt), L($"Ratification.{e.Ratification}") })),
            Of(L("Counts"), [L("Count number"), L("Depot"), L("Approved by"), L("Lines counted"), L("Variance"), L("Variance value")],
                report.Counts.Select(c => new object?[] { c.Number, c.Depot, c.ApprovedBy, c.Lines, c.VarianceLines, c.VarianceValue })),
        };
        if (fillRates is not null)
        {
            var (name, headings, rows) = new Readiness.ReadinessWorkbook(localizer).Summary(fillRates);
            sections.Add(Of(name, headings, rows.Select(r => r[..^1].Append(Percent(r[^1])).ToArray())));
        }
        return sections;
    }

    private Section Balances(ReserveSummaryReport report)
    {
        var headings = new List<string> { L("Depot"), L("Supply class"), L("Storage mode"), L("Opening"), L("Opening value") };
        headings.AddRange(ReserveSummaryReport.ReceiptReasons.Select(r => "+" + L($"Reason.{r}")));
        headings.AddRange(ReserveSummaryReport.IssueReasons.Select(r => "−" + L($"Reason.{r}")));
        headings.AddRange([L("Closing"), L("Closing value")]);
        var rows = report.Rows.Select(r => new object?[]
            {
                r.Depot, L($"Class.{r.Class}"), L($"Mode.{r.Mode}"), r.OpeningQuantity, r.OpeningValue,
            }
            .Concat(ReserveSummaryReport.ReceiptReasons.Select(x => (object?)r.Received.GetValueOrDefault(x)))
            .Concat(ReserveSummaryReport.IssueReasons.Select(x => (object?)r.Issued.GetValueOrDefault(x)))
            .Concat([r.ClosingQuantity, r.ClosingValue]).ToArray()).ToList();
        return new Section(L("Storage mode"), headings, rows, TotalsFrom: 3);
    }

    private static Section Of(string name, IReadOnlyList<string> headings, IEnumerable<object?[]> rows) =>
        new(ExcelExport.SheetName(name), headings, rows.ToList());

    private static XlsxSheetWriter Sheet(ZipArchive zip, int number, int columns) =>
        new(zip.CreateEntry(XlsxPackage.SheetPart(number), CompressionLevel.Fastest).Open(), Enumerable.Repeat(Width, columns).ToList(),
            frozenRows: 0, closeStream: true);

    private void Fill(XlsxSheetWriter sheet, Section section)
    {
        sheet.Row(section.Headings, XlsxPackage.HeaderStyle);
        foreach (var row in section.Rows)
            sheet.Row(row);
        if (section.TotalsFrom is not { } from)
            return;
        var (first, last) = (2, section.Rows.Count + 1);
        var totals = new object?[section.Headings.Count];
        totals[0] = L("Totals");
        for (var c = from; c < totals.Length; c++)
        {
            var column = XlsxSheetWriter.ColumnName(c);
            totals[c] = new XlsxFormula($"SUM({column}{first}:{column}{last})",
                section.Rows.Sum(r => r[c] is { } value ? Convert.ToDecimal(value, CultureInfo.InvariantCulture) : 0m));
        }
        sheet.Row(totals, XlsxPackage.BoldStyle);
    }

    private static XlsxCell Percent(object share) => new(share, XlsxPackage.PercentStyle);

    private object?[] WholePeriod(DispatchTimes times) =>
        [L("Whole period"), "", times.Count, Math.Round(times.MedianMinutes), Math.Round(times.P90Minutes), Percent(times.WithinTargetShare)];

    private string Local(DateTime utc) => clock.ToLocal(utc).ToString("yyyy-MM-dd HH:mm");

    private string L(string key) => localizer[key].Value;
}
