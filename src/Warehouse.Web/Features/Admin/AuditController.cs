using Warehouse.Web.Configuration;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Warehouse.Data.Auditing;
using Warehouse.Domain.Auditing;
using Warehouse.Web.Features.Integrity;

namespace Warehouse.Web.Features.Admin;

public sealed record AuditPage(IReadOnlyList<AuditEntry> Rows, int Total, int Page, int Pages, string? User, string? Action,
    IReadOnlyList<IntegrityCheck> Checks, bool CanVerify);

[Authorize(Policy = Configuration.Policies.ReadAudit)]
public sealed class AuditController(AuditLog log, IntegrityChecks checks, ChainVerifier verifier, IAuthorizationService authorization)
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

    /// Walks both chains now and shows the verdict.
    [HttpGet("/Admin/Audit/Verify"), Authorize(Policy = Policies.VerifyIntegrity)]
    public async Task<IActionResult> Verify(CancellationToken cancellationToken) =>
        View(ChainVerdict.From(await verifier.VerifyAsync(cancellationToken)));
}
