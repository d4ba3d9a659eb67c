using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Warehouse.Data;
using Warehouse.Data.Allocation;
using Warehouse.Data.Allocation.Steps;
using Warehouse.Data.Stock;
using Warehouse.Domain.Allocation;
using Warehouse.Domain.Common;
using Warehouse.Web.Configuration;
using Warehouse.Web.Features.Stock;
using Warehouse.Web.Infrastructure;

namespace Warehouse.Web.Features.WriteOffs;

/// A batch that expires within the window at one depot, with what is free of it there.
public sealed record RotationRow(int DepotId, string DepotCode, int ItemId, string ItemCode, string ItemName, string Unit, int BatchId,
    string BatchNumber, string Lot, DateOnly Expiry, int DaysLeft, int Free);

public sealed record RotationPage(int Days, IReadOnlyList<RotationRow> Rows, IReadOnlyList<DepotOption> Depots, bool CanIssue,
    bool CanRequestTransfer)
{
    public string? Problem { get; init; }
}

/// Rotation (轮换): batches that expire within a window, soonest first, and the documents that move them on — a transfer
/// request to a depot that consumes them, an issue note for a drill or a donation, or a write-off once they are lost.
public sealed class RotationPages(WarehouseDbContext db, CurrentUser user, CallerPermissions permissions, StockQueries stock,
    Drafting drafting, BureauClock clock, IConfiguration configuration, IStringLocalizer<SharedResource> localizer)
{
    public const int MaxDays = 3650;
    public const int MaxRows = 500;

    public int DefaultDays => configuration.GetValue("Rotation:WindowDays", 90) is var days and >= 1 and <= MaxDays ? days : 90;

    public async Task<RotationPage> IndexAsync(int? days, CancellationToken cancellationToken)
    {
        var window = days ?? DefaultDays;
        var problem = window is < 1 or > MaxDays ? Errors.RotationWindowInvalid(MaxDays) : null;
        if (problem is not null)
            window = DefaultDays;
        var rows = await RowsAsync(window, cancellationToken);
        return new RotationPage(window, rows, await stock.DepotOptionsAsync(cancellationToken), await permissions.MayAsync(Policies.PostStock),
            await permissions.MayAsync(Policies.RequestSupplies)) { Problem = problem is null ? null : localizer[$"Error.{problem.Code}", MaxDays].Value };
    }

    /// Drafts a transfer request of the batch's free quantity (or less) to a depot that will use it before it expires.
    public async Task<Outcome<int>> DraftTransferAsync(int depotId, int batchId, int toDepotId, int quantity, CancellationToken cancellationToken)
    {
        var row = (await RowsAsync(MaxDays, cancellationToken)).FirstOrDefault(r => r.DepotId == depotId && r.BatchId == batchId);
        if (row is null)
            return Errors.UnknownCode($"#{batchId}");
        if (quantity < 1 || quantity > row.Free)
            return Errors.WriteOffMoreThanHeld(row.ItemName, quantity, row.Free);
        var input = new DraftInput(localizer["Rotation of batch {0}", row.BatchNumber], EmergencyLevel.Routine, clock.UtcNow.AddDays(7),
            DestinationKind.Depot, toDepotId, null, null, null, user.DisplayName, "-",
            localizer["Rotation: batch {0} at {1} expires on {2}.", row.BatchNumber, row.DepotCode, row.Expiry.ToString("yyyy-MM-dd")],
            [(row.ItemId, quantity)], null);
        return await drafting.SaveDraftAsync(null, null, input, user.ToWorkflowActor(), user.DepartmentId);
    }

    private async Task<List<RotationRow>> RowsAsync(int days, CancellationToken cancellationToken)
    {
        var until = clock.Today.AddDays(days);
        var visible = user.IsDepotBound ? user.Depots.ToList() : null;
        var held = await (from b in db.StockBalances.AsNoTracking()
                where b.BatchId != null && b.OnHand - b.Reserved > 0 && (visible == null || visible.Contains(b.DepotId))
                join bt in db.Batches on b.BatchId equals bt.Id
                where bt.Expiry <= until
                group b by new { b.DepotId, b.ItemId, BatchId = bt.Id, bt.Number, bt.Lot, bt.Expiry } into g
                select new { g.Key.DepotId, g.Key.ItemId, g.Key.BatchId, g.Key.Number, g.Key.Lot, g.Key.Expiry, Free = g.Sum(b => b.OnHand - b.Reserved) })
            .OrderBy(r => r.Expiry).ThenBy(r => r.Number).Take(MaxRows).ToListAsync(cancellationToken);
        var itemIds = held.Select(h => h.ItemId).Distinct().ToList();
        var items = await db.Items.AsNoTracking().Where(i => itemIds.Contains(i.Id))
            .ToDictionaryAsync(i => i.Id, i => new { i.Code, i.Name, i.Unit }, cancellationToken);
        var depots = await db.Depots.AsNoTracking().ToDictionaryAsync(d => d.Id, d => d.Code, cancellationToken);
        return held.Select(h => new RotationRow(h.DepotId, depots[h.DepotId], h.ItemId, items[h.ItemId].Code, items[h.ItemId].Name,
            items[h.ItemId].Unit, h.BatchId, h.Number, h.Lot, h.Expiry, h.Expiry.DayNumber - clock.Today.DayNumber, h.Free)).ToList();
    }
}
