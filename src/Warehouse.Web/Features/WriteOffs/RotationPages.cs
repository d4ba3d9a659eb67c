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

/// One page of the batches that expire within the window, soonest first, and how many there are in all.
public sealed record RotationPage(int Days, IReadOnlyList<RotationRow> Rows, int Total, int Page, int Pages, IReadOnlyList<DepotOption> Depots,
    bool CanIssue, bool CanRequestTransfer)
{
    public string? Problem { get; init; }
}

/// Rotation (轮换): batches that expire within a window, soonest first, and the documents that move them on — a transfer
/// request to a depot that consumes them, an issue note for a drill or a donation, or a write-off once they are lost.
public sealed class RotationPages(WarehouseDbContext db, CurrentUser user, CallerPermissions permissions, StockQueries stock,
    Drafting drafting, BureauClock clock, IConfiguration configuration, IStringLocalizer<SharedResource> localizer)
{
    public const int MaxDays = 3650;
    public const int PageSize = 50;

    public int DefaultDays => configuration.GetValue("Rotation:WindowDays", 90) is var days and >= 1 and <= MaxDays ? days : 90;

    /// The given page of the window's batches (the last one when asked past it).
    public async Task<RotationPage> IndexAsync(int? days, int page, CancellationToken cancellationToken)
    {
        var window = days ?? DefaultDays;
        var problem = window is < 1 or > MaxDays ? Errors.RotationWindowInvalid(MaxDays) : null;
        if (problem is not null)
            window = DefaultDays;
        var held = Held(window);
        var total = await held.CountAsync(cancellationToken);
        var pages = Math.Max(1, (total + PageSize - 1) / PageSize);
        page = Math.Clamp(page, 1, pages);
        var rows = await RowsAsync(held.Skip((page - 1) * PageSize).Take(PageSize), cancellationToken);
        return new RotationPage(window, rows, total, page, pages, await stock.DepotOptionsAsync(cancellationToken),
            await permissions.MayAsync(Policies.PostStock), await permissions.MayAsync(Policies.RequestSupplies))
        {
            Problem = problem is null ? null : localizer[$"Error.{problem.Code}", MaxDays].Value,
        };
    }

    /// Drafts a transfer request of the batch's free quantity (or less) to a depot that will use it before it expires.
    public async Task<Outcome<int>> DraftTransferAsync(int depotId, int batchId, int toDepotId, int quantity, CancellationToken cancellationToken)
    {
        var row = (await RowsAsync(Held(MaxDays).Where(h => h.DepotId == depotId && h.BatchId == batchId), cancellationToken))
            .FirstOrDefault();
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

    /// The visible batches, per depot, that expire within the window and have some free, soonest first.
    private IQueryable<HeldBatch> Held(int days)
    {
        var until = clock.Today.AddDays(days);
        var visible = user.IsDepotBound ? user.Depots.ToList() : null;
        return (from b in db.StockBalances.AsNoTracking()
                where b.BatchId != null && b.OnHand - b.Reserved > 0 && (visible == null || visible.Contains(b.DepotId))
                join bt in db.Batches on b.BatchId equals bt.Id
                where bt.Expiry <= until
                group b by new { b.DepotId, b.ItemId, BatchId = bt.Id, bt.Number, bt.Lot, bt.Expiry } into g
                select new HeldBatch
                {
                    DepotId = g.Key.DepotId, ItemId = g.Key.ItemId, BatchId = g.Key.BatchId, Number = g.Key.Number, Lot = g.Key.Lot,
                    Expiry = g.Key.Expiry, Free = g.Sum(b => b.OnHand - b.Reserved),
                })
            .OrderBy(r => r.Expiry).ThenBy(r => r.Number).ThenBy(r => r.DepotId);
    }

    /// The batches read, with their items' and depots' names looked up for them alone.
    private async Task<List<RotationRow>> RowsAsync(IQueryable<HeldBatch> batches, CancellationToken cancellationToken)
    {
        var held = await batches.ToListAsync(cancellationToken);
        var itemIds = held.Select(h => h.ItemId).Distinct().ToList();
        var items = await db.Items.AsNoTracking().Where(i => itemIds.Contains(i.Id))
            .ToDictionaryAsync(i => i.Id, i => new { i.Code, i.Name, i.Unit }, cancellationToken);
        var depots = await db.Depots.AsNoTracking().ToDictionaryAsync(d => d.Id, d => d.Code, cancellationToken);
        return held.Select(h => new RotationRow(h.DepotId, depots[h.DepotId], h.ItemId, items[h.ItemId].Code, items[h.ItemId].Name,
            items[h.ItemId].Unit, h.BatchId, h.Number, h.Lot, h.Expiry, h.Expiry.DayNumber - clock.Today.DayNumber, h.Free)).ToList();
    }

    private sealed class HeldBatch
    {
        public int DepotId { get; init; }
        public int ItemId { get; init; }
        public int BatchId { get; init; }
        public required string Number { get; init; }
        public required string Lot { get; init; }
        public DateOnly Expiry { get; init; }
        public int Free { get; init; }
    }
}
