using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Warehouse.Data;
using Warehouse.Data.Identity;
using Warehouse.Domain.Auditing;
using Warehouse.Domain.Common;
using Warehouse.Web.Infrastructure;
using Warehouse.Domain.Constants;

namespace Warehouse.Web.Features.Integrity;

/// What the banner says: when the check ran and what it found.
public sealed record IntegrityBanner(DateTime CheckedAtLocal, IReadOnlyList<string> Findings);

/// The red banner administrators and auditors see on every page while the latest stored check found a break or drift.
public sealed class IntegrityBannerViewComponent(WarehouseDbContext db, BureauClock clock, IStringLocalizer<SharedResource> localizer)
    : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        if (!(User.IsInRole(Roles.Administrator) || User.IsInRole(Roles.Auditor)))
            return Content("");
        var latest = await db.IntegrityChecks.AsNoTracking().OrderByDescending(c => c.Id).FirstOrDefaultAsync();
        return latest is { NeedsAttention: true } ? View(new IntegrityBanner(clock.ToLocal(latest.CheckedAt), Findings(latest)))
            : Content("");
    }

    private List<string> Findings(IntegrityCheck check)
    {
        var findings = new List<string>();
        if (!check.Intact)
            findings.Add(localizer["The {0} chain breaks at row {1} (sequence {2}).", check.BrokenChain!,
                check.BrokenRowId?.ToString() ?? "-",
                check.BrokenSequence?.ToString() ?? "-"]);
        if (check.DriftingBalances > 0)
            findings.Add(localizer["{0} balances differ from the sum of their ledger movements.", check.DriftingBalances]);
        if (check.DriftingQuotas > 0)
            findings.Add(localizer["{0} quotas held a figure other than their depot's balances; the check recounted them.", check.DriftingQuotas]);
        return findings;
    }
}
