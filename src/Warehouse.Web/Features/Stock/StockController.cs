using Warehouse.Web.Configuration;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Warehouse.Data.Stock;
using Warehouse.Domain.Common;
using Warehouse.Domain.Stock;
using Warehouse.Web.Infrastructure;

namespace Warehouse.Web.Features.Stock;

[Authorize]
public sealed class StockController(
    StockQueries queries,
    StockPostingService posting,
    CurrentUser user,
    ExcelExport excel,
    BureauClock clock,
    IStringLocalizer<SharedResource> localizer) : Controller
{
    public async Task<IActionResult> Index([FromQuery] StockFilter filter, string? view, CancellationToken cancellationToken)
    {
        var depots = await queries.DepotOptionsAsync(cancellationToken);
        if (view == "detail" || filter.NearExpiry)
            return View("Detail", new StockDetailPage(filter, await queries.BalancesAsync(filter, cancellationToken), depots, clock.Today, queries.NearExpiryDays));
        return View(new StockSummaryPage(filter, await queries.SummaryAsync(filter, cancellationToken), depots));
    }

    public async Task<IActionResult> Export([FromQuery] StockFilter filter, string? view, CancellationToken cancellationToken)
    {
        var all = filter with { Page = 1, Size = StockFilter.MaxPageSize };
        var stamp = clock.LocalNow.ToString("yyyyMMdd-HHmm");
        if (view == "detail" || filter.NearExpiry)
        {
            var rows = await AllPagesAsync(p => queries.BalancesAsync(all with { Page = p }, cancellationToken));
            var bytes = excel.Write(localizer["Stock on hand (detail)"], Headers("Depot", "Item code", "Item", "Class", "Location", "Batch", "Lot", "Expiry", "Asset number", "Serial number", "Storage mode", "On hand", "Reserved", "Available", "Unit"),
                rows.Select(r => (IReadOnlyList<object?>)[r.DepotName, r.ItemCode, r.ItemName, localizer[$"Class.{r.Class}"].Value, r.LocationCode, r.BatchNumber, r.Lot, r.Expiry, r.AssetNumber, r.SerialNumber, localizer[$"Mode.{r.Mode}"].Value, r.OnHand, r.Reserved, r.Available, r.Unit]));
            return File(bytes, ExcelExport.ContentType, $"stock-detail-{stamp}.xlsx");
        }
        var summary = await AllPagesAsync(p => queries.SummaryAsync(all with { Page = p }, cancellationToken));
        var book = excel.Write(localizer["Stock on hand"], Headers("Depot", "Item code", "Item", "Specification", "Class", "Unit", "On hand", "Reserved", "Available", "Minimum", "Target", "Below quota"),
            summary.Select(r => (IReadOnlyList<object?>)[r.DepotName, r.ItemCode, r.ItemName, r.Specification, localizer[$"Class.{r.Class}"].Value, r.Unit, r.OnHand, r.Reserved, r.Available, r.Minimum, r.Target, r.BelowQuota ? localizer["Yes"].Value : ""]));
        return File(book, ExcelExport.ContentType, $"stock-{stamp}.xlsx");
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
        var all = filter with { Page = 1, Size = StockFilter.MaxPageSize };
        var rows = await AllPagesAsync(p => queries.LedgerAsync(all with { Page = p }, cancellationToken));
        var bytes = excel.Write(localizer["Stock ledger"], Headers("Time", "Document", "Movement", "Reason", "Depot", "Item code", "Item", "Location", "Batch / unit", "Quantity", "Balance after", "Unit", "By"),
            rows.Select(r => (IReadOnlyList<object?>)[clock.ToLocal(r.OccurredAt), r.DocumentNumber, localizer[$"Movement.{r.Kind}"].Value, localizer[$"Reason.{r.Reason}"].Value, r.DepotCode, r.ItemCode, r.ItemName, r.LocationCode, r.BatchNumber ?? r.SerialNumber, r.Quantity, r.BalanceAfter, r.Unit, r.UserName]));
        return File(bytes, ExcelExport.ContentType, $"ledger-{clock.LocalNow:yyyyMMdd-HHmm}.xlsx");
    }

    [Authorize(Policy = Policies.PostStock)]
    public Task<IActionResult> Receive(CancellationToken cancellationToken) => ScanPage(DocumentKind.Receipt, cancellationToken);

    [Authorize(Policy = Policies.PostStock)]
    public Task<IActionResult> Issue(CancellationToken cancellationToken) => ScanPage(DocumentKind.Issue, cancellationToken);

    public async Task<IActionResult> Document(int id, CancellationToken cancellationToken)
    {
        var document = await posting.LoadAsync(id, cancellationToken);
        if (document is null)
            return NotFound();
        var depots = await queries.DepotOptionsAsync(cancellationToken);
        if (depots.All(d => d.Code != document.DepotCode))
            return Forbid();
        return View(document);
    }

    private async Task<IActionResult> ScanPage(DocumentKind kind, CancellationToken cancellationToken)
    {
        var depots = (await queries.DepotOptionsAsync(cancellationToken)).Where(d => user.CanPostAt(d.Id)).ToList();
        var reasons = kind == DocumentKind.Receipt ? StockReasons.ForReceipt : StockReasons.ForIssue;
        return View("Scan", new ScanPageModel(kind, depots, reasons, Guid.NewGuid().ToString("N")));
    }

    private string[] Headers(params string[] keys) => keys.Select(k => localizer[k].Value).ToArray();

    private static async Task<List<T>> AllPagesAsync<T>(Func<int, Task<Paged<T>>> page)
    {
        var rows = new List<T>();
        for (var p = 1; ; p++)
        {
            var next = await page(p);
            rows.AddRange(next.Rows);
            if (p >= next.Pages)
                return rows;
        }
    }
}

public sealed record StockSummaryPage(StockFilter Filter, Paged<StockSummaryRow> Result, IReadOnlyList<DepotOption> Depots);

public sealed record StockDetailPage(StockFilter Filter, Paged<StockBalanceRow> Result, IReadOnlyList<DepotOption> Depots, DateOnly Today,
    int NearExpiryDays);

public sealed record LedgerPage(LedgerFilter Filter, Paged<LedgerRow> Result, IReadOnlyList<DepotOption> Depots);

public sealed record ScanPageModel(DocumentKind Kind, IReadOnlyList<DepotOption> Depots, IReadOnlyList<StockReason> Reasons, string ClientId);
