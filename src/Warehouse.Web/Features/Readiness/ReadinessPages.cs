using Warehouse.Data.Readiness;
using Warehouse.Domain.Constants;
using Warehouse.Web.Configuration;
using Warehouse.Web.Infrastructure;

namespace Warehouse.Web.Features.Readiness;

/// The readiness page: the fill rates, and whether the caller may turn a place's gaps into a draft request.
public sealed record ReadinessPage(ReadinessReport Report, bool CanRequest);

public sealed class ReadinessPages(FillRates fillRates, CallerPermissions permissions, CurrentUser user)
{
    public async Task<ReadinessPage> BuildAsync(CancellationToken cancellationToken) =>
        new(await fillRates.BuildAsync(cancellationToken),
            !user.IsInRole(Roles.Auditor) && await permissions.MayAsync(Policies.RequestSupplies));
}
