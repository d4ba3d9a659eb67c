using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Warehouse.Data.Auditing;
using Warehouse.Domain.Auditing;
using Warehouse.Web.Features.Stock.Export;

namespace Warehouse.Web.Features.Exports;

/// Answers an export: a small one (under `Exports:BackgroundFromRows`, 20,000 rows by default) streams straight to the
/// response; a larger one starts a background job, audited, and the caller is sent to its page. Either holds one of
/// the <see cref="ExportGate"/>'s slots (`Exports:MaxConcurrent`) while it writes; when none is free, none starts.
public sealed class ExportDesk(ExportJobBoard board, ExportGate gate, IHttpContextAccessor http, AuditTrail audit,
    IConfiguration configuration)
{
    /// From how many rows an export runs in the background.
    public int BackgroundFromRows => configuration.GetValue("Exports:BackgroundFromRows", 20_000);

    /// The workbook streamed, or a redirect to its background job's page; null when no export can start now.
    public async Task<IActionResult?> AnswerAsync(ExportOrder order, CancellationToken cancellationToken)
    {
        var context = http.HttpContext ?? throw new InvalidOperationException("An export is asked for in a request.");
        if (gate.TryEnter() is not { } slot)
            return null;
        int rows;
        try
        {
            rows = await order.CountAsync(cancellationToken);
        }
        catch
        {
            slot.Dispose();
            throw;
        }
        if (rows < BackgroundFromRows)
            return new XlsxResult(order.FileName, slot, (body, token) => order.Write(context.RequestServices, body, () => { }, token));
        var key = await board.StartAsync(order, rows, context.User, slot, cancellationToken);
        await audit.RecordNowAsync(AuditActions.ExportStarted, order.FileName, rows.ToString(CultureInfo.InvariantCulture),
            cancellationToken);
        return new RedirectToActionResult(nameof(ExportsController.Job), "Exports", new { id = key });
    }
}

/// The page a controller answers when no export can start now.
public static class ExportBusy
{
    /// 429 with a page asking to try again in a minute.
    public static IActionResult ExportsBusy(this Controller controller)
    {
        controller.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        controller.Response.Headers.RetryAfter = "30";
        return controller.View("Problem", new Home.ProblemPage(StatusCodes.Status429TooManyRequests,
            "As many exports as allowed are running now. Try again in a minute."));
    }
}
