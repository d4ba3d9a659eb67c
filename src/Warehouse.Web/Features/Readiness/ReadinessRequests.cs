using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Warehouse.Data;
using Warehouse.Data.Allocation;
using Warehouse.Data.Allocation.Steps;
using Warehouse.Data.Readiness;
using Warehouse.Data.Stock;
using Warehouse.Domain.Allocation;
using Warehouse.Domain.Common;
using Warehouse.Web.Infrastructure;

namespace Warehouse.Web.Features.Readiness;

/// Turns what a place lacks into a draft allocation request to it, through the request form's own drafting step: the
/// destination is the place, the department the caller's (or, for a manager, the one owning most of what is missing).
public sealed class ReadinessRequests(WarehouseDbContext db, FillRates fillRates, Drafting drafting, CurrentUser user, BureauClock clock,
    IStringLocalizer<SharedResource> localizer)
{
    /// The days a draft made from the gaps gives for delivery; the department changes it before submitting.
    public const int DaysToEquip = 30;

    public async Task<Outcome<int>> DraftAsync(int placeId, CancellationToken cancellationToken)
    {
        var place = await db.Places.AsNoTracking().SingleOrDefaultAsync(p => p.Id == placeId, cancellationToken);
        if (place is null)
            return Errors.UnknownPlace($"#{placeId}");
        var gaps = await fillRates.GapsAsync(placeId, cancellationToken);
        if (gaps.Count == 0)
            return Errors.PlaceHasNoGaps(place.Name);
        var phone = place.DepotId is { } depotId
            ? await db.Depots.Where(d => d.Id == depotId).Select(d => d.Phone).SingleAsync(cancellationToken)
            : null;
        var input = new DraftInput(localizer["Equip {0} to its standards", place.Name], EmergencyLevel.Routine,
            clock.UtcNow.AddDays(DaysToEquip), DestinationKind.Township, null, place.Name, place.Latitude, place.Longitude,
            user.DisplayName, phone ?? "-", localizer["Drafted from the readiness page: what the place lacks."],
            gaps.Select(g => (g.ItemId, g.Rate.Missing)).ToList(), place.Id);
        return await drafting.SaveDraftAsync(null, null, input, user.ToWorkflowActor(),
            user.DepartmentId ?? await OwningDepartmentAsync(gaps, cancellationToken));
    }

    /// The department that owns most of the missing units.
    private async Task<int?> OwningDepartmentAsync(IReadOnlyList<ItemReadiness> gaps, CancellationToken cancellationToken)
    {
        var ids = gaps.Select(g => g.ItemId).ToList();
        var owners = await db.Items.AsNoTracking().Where(i => ids.Contains(i.Id))
            .ToDictionaryAsync(i => i.Id, i => i.DepartmentId, cancellationToken);
        return gaps.Where(g => owners.GetValueOrDefault(g.ItemId) is not null).GroupBy(g => owners[g.ItemId])
            .OrderByDescending(g => g.Sum(i => i.Rate.Missing)).Select(g => g.Key).FirstOrDefault();
    }
}
