using Warehouse.Web.Configuration;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Warehouse.Data.Stock;
using Warehouse.Domain.Common;
using Warehouse.Domain.Stock;
using Warehouse.Web.Features.Exports;
using Warehouse.Web.Features.Stock.Export;
using Warehouse.Web.Infrastructure;

namespace Warehouse.Web.Features.Stock;

[Authorize]
public sealed class StockController(
    StockQueries queries,
    DocumentPages documents,
    CurrentUser user,
    ExportDesk exports,
    BureauClock clock,
    Readiness.PlaceQueries places,
    IStringLocalizer<SharedResource> localizer) : Controller
{
    public async Task<IActionResult> Index([FromQuery] StockFilter filter, string? view, CancellationToken cancellationToken)
    {
        var depots = await queries.DepotOptionsAsync(cancellationToken);
        if (view == "detail" || filter.NearExpiry)
            return View("Detail", new StockDetailPage(filter, await queries.BalancesAsync(filter, cancellationToken), depots, clock.Today, queries.NearExpiryDays));
        return View(new StockSummaryPage(filter, await queries.SummaryAsync(filter, cancellationToken), depots));
    }

    /// The stock report as a workbook; a large one is written in the background.
    public Task<IActionResult> Export([FromQuery] StockFilter filter, string? view, CancellationToken cancellationToken)
    {
        var stamp = clock.LocalNow.ToString("yyyyMMdd-HHmm");
        if (view == "detail" || filter.NearExpiry)
            return Xlsx($"stock-detail-{stamp}.xlsx", Sheet("Stock on hand (detail)", "Depot", "Item code", "Item", "Class", "Location", "Batch", "Lot",
                    "Expiry", "Asset number", "Serial number", "Storage mode", "On hand", "Reserved", "Available", "Unit"),
                token => queries.BalancesCountAsync(filter, token),
                (rows, token) => rows.BalancesStreamAsync(filter, token).Select(r => (IReadOnlyList<object?>)[r.DepotName, r.ItemCode, r.ItemName,
                    localizer[$"Class.{r.Class}"].Value, r.LocationCode, r.BatchNumber, r.Lot, r.Expiry, r.AssetNumber, r.SerialNumber,
                    localizer[$"Mode.{r.Mode}"].Value, r.OnHand, r.Reserved, r.Available, r.Unit]), cancellationToken);
        return Xlsx($"stock-{stamp}.xlsx", Sheet("Stock on hand", "Depot", "Item code", "Item", "Specification", "Class", "Unit", "On hand",
                "Reserved", "Available", "Minimum", "Target", "Below quota"),
            token => queries.SummaryCountAsync(filter, token),
            (rows, token) => rows.SummaryStreamAsync(filter, token).Select(r => (IReadOnlyList<object?>)[r.DepotName, r.ItemCode, r.ItemName,
                r.Specification, localizer[$"Class.{r.Class}"].Value, r.Unit, r.OnHand, r.Reserved, r.Available, r.Minimum, r.Target,
                r.BelowQuota ? localizer["Yes"].Value : ""]), cancellationToken);
    }

    public async Task<IActionResult> Ledger([FromQuery] LedgerFilter filter, CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            filter = filter with { From = null, To = null };
        }
        var depots = await queries.DepotOptionsAsync(cancellationToken);
        return View("Ledger", new LedgerPage(filter, await queries.LedgerAsync(filter, cancellationToken), depots));
    }

    public async Task<IActionResult> ExportLedger([FromQuery] LedgerFilter filter, CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
            return await Ledger(filter, cancellationToken);
        return await Xlsx($"ledger-{clock.LocalNow:yyyyMMdd-HHmm}.xlsx", Sheet("Stock ledger", "Time", "Document", "Movement", "Reason", "Depot",
                "Item code", "Item", "Location", "Batch / unit", "Quantity", "Balance after", "Unit", "By"),
            token => queries.LedgerCountAsync(filter, token),
            (rows, token) => rows.LedgerStreamAsync(filter, token).Select(r => (IReadOnlyList<object?>)[clock.ToLocal(r.OccurredAt),
                r.DocumentNumber, localizer[$"Movement.{r.Kind}"].Value, localizer[$"Reason.{r.Reason}"].Value, r.DepotCode, r.ItemCode,
                r.ItemName, r.LocationCode, r.BatchNumber ?? r.SerialNumber, r.Quantity, r.BalanceAfter, r.Unit, r.UserName]),
            cancellationToken);
    }

    [Authorize(Policy = Policies.PostStock)]
    public Task<IActionResult> Receive(CancellationToken cancellationToken) => ScanPage(DocumentKind.Receipt, null, cancellationToken);

    /// The issue scan page; the rotation list opens it with the depot, the reason and a note chosen.
    [Authorize(Policy = Policies.PostStock)]
    public Task<IActionResult> Issue(string? depot, StockReason? reason, string? note, CancellationToken cancellationToken) =>
        ScanPage(DocumentKind.Issue, new ScanPreset(depot, reason, note?.Length > 500 ? note[..500] : note), cancellationToken);

    public async Task<IActionResult> Document(int id, CancellationToken cancellationToken)
    {
        var lookup = await documents.DocumentAsync(id, cancellationToken);
        return lookup.Page is { } page ? View(page) : lookup.Forbidden ? Forbid() : NotFound();
    }

    private async Task<IActionResult> ScanPage(DocumentKind kind, ScanPreset? preset, CancellationToken cancellationToken)
    {
        var depots = (await queries.DepotOptionsAsync(cancellationToken)).Where(d => user.CanPostAt(d.Id)).ToList();
        var reasons = kind == DocumentKind.Receipt ? StockReasons.ForReceipt : StockReasons.ForIssue;
        return View("Scan", new ScanPageModel(kind, depots, reasons, Guid.NewGuid().ToString("N"))
            { Places = await places.OptionsAsync(cancellationToken), Preset = preset ?? new ScanPreset(null, null, null) });
    }

    /// The workbook streamed as its rows are read or written in the background when large; a 429 page when as many
    /// exports as allowed are running. The rows are read with the queries of the scope the export runs in.
    private async Task<IActionResult> Xlsx(string fileName, ExportSheet sheet, Func<CancellationToken, Task<int>> count,
        Func<StockQueries, CancellationToken, IAsyncEnumerable<IReadOnlyList<object?>>> rows, CancellationToken cancellationToken) =>
        await exports.AnswerAsync(new ExportOrder(fileName, count, (services, output, counted, token) =>
            services.GetRequiredService<ExcelExport>().WriteAsync(output, sheet,
                rows(services.GetRequiredService<StockQueries>(), token).Select(row => Counted(row, counted)), token)), cancellationToken)
        ?? this.ExportsBusy();

    private static IReadOnlyList<object?> Counted(IReadOnlyList<object?> row, Action counted)
    {
        counted();
        return row;
    }

    private ExportSheet Sheet(string title, params string[] headers) => new(localizer[title].Value,
        headers.Select(k => localizer[k].Value).ToArray(), max => localizer["Only the first {0} rows are exported; narrow the filter to export the rest.", max].Value);
}

public sealed record StockSummaryPage(StockFilter Filter, Paged<StockSummaryRow> Result, IReadOnlyList<DepotOption> Depots);

public sealed record StockDetailPage(StockFilter Filter, Paged<StockBalanceRow> Result, IReadOnlyList<DepotOption> Depots, DateOnly Today,
    int NearExpiryDays);

public sealed record LedgerPage(LedgerFilter Filter, Paged<LedgerRow> Result, IReadOnlyList<DepotOption> Depots);

public sealed record ScanPageModel(DocumentKind Kind, IReadOnlyList<DepotOption> Depots, IReadOnlyList<StockReason> Reasons,
    string ClientId)
{
    /// The townships and villages goods may be issued to or come back from.
    public IReadOnlyList<Readiness.PlaceOption> Places { get; init; } = [];

    public ScanPreset Preset { get; init; } = new(null, null, null);
}

/// What a link chose for the scan page in advance: the depot's code, the reason and the note.
public sealed record ScanPreset(string? Depot, StockReason? Reason, string? Note);
