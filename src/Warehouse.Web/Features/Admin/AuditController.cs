using Warehouse.Web.Configuration;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Warehouse.Data.Auditing;
using Warehouse.Domain.Auditing;
using Warehouse.Web.Features.Integrity;
using Warehouse.Web.Infrastructure;

namespace Warehouse.Web.Features.Admin;

public sealed record AuditPage(IReadOnlyList<AuditEntry> Rows, int Total, int Page, int Pages, string? User, string? Action,
    IReadOnlyList<IntegrityCheck> Checks, bool CanVerify);

[Authorize(Policy = Configuration.Policies.ReadAudit)]
public sealed class AuditController(AuditLog log, IntegrityChecks checks, IntegrityVerification verification,
    IAuthorizationService authorization)
    : Controller
{
    private const int ChecksShown = 10;

    /// The action filter is read from the query string only: bound by name, it would take the route's own "action"
    /// (Index), filter every page to nothing and walk the whole trail to find it.
    public async Task<IActionResult> Index(string? user, [FromQuery(Name = "action")] string? action, int page = 1,
        CancellationToken cancellationToken = default)
    {
        var (rows, total, shown) = await log.PageAsync(user, action, page, cancellationToken);
        var canVerify = (await authorization.AuthorizeAsync(User, Policies.VerifyIntegrity)).Succeeded;
        return View(new AuditPage(rows, total, shown, Math.Max(1, (total + AuditLog.PageSize - 1) / AuditLog.PageSize), user, action,
            await checks.LatestAsync(ChecksShown, cancellationToken), canVerify));
    }

    /// The latest check's verdict at once (the daily one or one asked for), and the check running now.
    [HttpGet("/Admin/Audit/Verify"), Authorize(Policy = Policies.VerifyIntegrity)]
    public async Task<IActionResult> Verify(CancellationToken cancellationToken) => View(await verification.PageAsync(cancellationToken));

    /// Starts a check of both chains and every balance in the background; verifying changes nothing, so auditors may.
    [HttpPost("/Admin/Audit/Verify"), Authorize(Policy = Policies.VerifyIntegrity), AuditorWork]
    public async Task<IActionResult> VerifyNow(CancellationToken cancellationToken)
    {
        await verification.StartAsync(cancellationToken);
        return RedirectToAction(nameof(Verify));
    }

    /// Stops the running check; nothing of it is stored.
    [HttpPost("/Admin/Audit/Verify/Cancel"), Authorize(Policy = Policies.VerifyIntegrity), AuditorWork]
    public IActionResult CancelVerify()
    {
        verification.Cancel();
        return RedirectToAction(nameof(Verify));
    }

    /// The running check's rows, for the page's progress bar.
    [HttpGet("/Admin/Audit/Verify/Progress"), Authorize(Policy = Policies.VerifyIntegrity)]
    public IActionResult VerifyProgress() => Json(verification.Progress());
}
