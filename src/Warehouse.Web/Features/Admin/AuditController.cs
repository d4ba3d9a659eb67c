using Warehouse.Web.Configuration;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Warehouse.Data;
using Warehouse.Data.Auditing;
using Warehouse.Domain.Auditing;
using Warehouse.Web.Features.Integrity;
using Warehouse.Domain.Constants;

namespace Warehouse.Web.Features.Admin;

public sealed record AuditPage(IReadOnlyList<AuditEntry> Rows, int Total, int Page, int Pages, string? User, string? Action,
    IReadOnlyList<IntegrityCheck> Checks, bool CanVerify);

[Authorize(Policy = Configuration.Policies.ReadAudit)]
public sealed class AuditController(WarehouseDbContext db, IntegrityChecks checks, ChainVerifier verifier) : Controller
{
    private const int PageSize = 100;
    private const int ChecksShown = 10;

    public async Task<IActionResult> Index(string? user, string? action, int page = 1, CancellationToken cancellationToken = default)
    {
        var query = db.AuditEntries.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(user))
            query = query.Where(a => a.UserName.Contains(user.Trim()));
        if (!string.IsNullOrWhiteSpace(action))
            query = query.Where(a => a.Action.StartsWith(action.Trim()));
        var total = await query.CountAsync(cancellationToken);
        page = Math.Max(1, page);
        var rows = await query.OrderByDescending(a => a.Id).Skip((page - 1) * PageSize).Take(PageSize).ToListAsync(cancellationToken);
        var canVerify = User.IsInRole(Domain.Constants.Roles.Administrator) || User.IsInRole(Domain.Constants.Roles.Auditor);
        return View(new AuditPage(rows, total, page, Math.Max(1, (total + PageSize - 1) / PageSize), user, action,
            await checks.LatestAsync(ChecksShown, cancellationToken), canVerify));
    }

    /// Walks both chains now and shows the verdict.
    [HttpGet("/Admin/Audit/Verify"), Authorize(Policy = Policies.VerifyIntegrity)]
    public async Task<IActionResult> Verify(CancellationToken cancellationToken) =>
        View(ChainVerdict.From(await verifier.VerifyAsync(cancellationToken)));
}
