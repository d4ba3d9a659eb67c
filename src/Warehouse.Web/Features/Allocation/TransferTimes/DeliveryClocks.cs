using Microsoft.EntityFrameworkCore;
using Warehouse.Data;
using Warehouse.Data.Allocation;
using Warehouse.Domain.Allocation;
using Warehouse.Domain.Common;
using Warehouse.Domain.Suppliers;

namespace Warehouse.Web.Features.Allocation.TransferTimes;

/// The recorded times of one delivered dispatch and of its request: submission, each approval step's decision, the
/// approval, picking started, dispatched and delivered; with the request's breach reason and who closed it.
public sealed record DeliveryClock(int RequestId, string Number, string Destination, string Source, bool Released,
    DateTime Submitted, IReadOnlyList<DateTime> StepsDecided, DateTime? Approved, DateTime? PickingStarted, DateTime? Dispatched,
    DateTime Delivered, BreachReason? Reason, string? Note, string? ClosedBy)
{
    /// A call-up order's delivery by its supplier (the source is the supplier), not a dispatch's.
    public bool CalledUp { get; init; }
}

/// Reads the clocks of delivered dispatches and call-up orders: a period's not yet in the transfer tallies, a batch of any
/// time's for the tallies, or a period's of some requests.
public sealed class DeliveryClocks(WarehouseDbContext db, BureauClock clock)
{
    /// The instants a period of the bureau's days covers, both days included.
    public (DateTime Start, DateTime End) Instants(DateOnly from, DateOnly to) =>
        (TimeZoneInfo.ConvertTimeToUtc(from.ToDateTime(TimeOnly.MinValue), clock.Zone),
            TimeZoneInfo.ConvertTimeToUtc(to.AddDays(1).ToDateTime(TimeOnly.MinValue), clock.Zone));

    /// The period's deliveries not yet in the tallies: found by the partial index of those, so a month whose deliveries
    /// are all tallied costs one look.
    public Task<IReadOnlyList<DeliveryClock>> UntalliedAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        var (start, end) = Instants(from, to);
        return ClocksAsync(
            db.Dispatches.Untallied().Where(d => d.DeliveredAt >= start && d.DeliveredAt < end),
            db.CallUps.Untallied().Where(c => c.DeliveredAt >= start && c.DeliveredAt < end),
            cancellationToken);
    }

    /// The deliveries of the given dispatches and call-up orders.
    public Task<IReadOnlyList<DeliveryClock>> OfAsync(IReadOnlyCollection<int> dispatchIds, IReadOnlyCollection<int> callUpIds,
        CancellationToken cancellationToken) =>
        ClocksAsync(db.Dispatches.Where(d => EF.Parameter(dispatchIds).Contains(d.Id) && d.DeliveredAt != null),
            db.CallUps.Where(c => EF.Parameter(callUpIds).Contains(c.Id) && c.DeliveredAt != null), cancellationToken);

    /// The period's deliveries of the given requests.
    public Task<IReadOnlyList<DeliveryClock>> OfRequestsAsync(IReadOnlyCollection<int> requestIds, DateOnly from, DateOnly to,
        CancellationToken cancellationToken)
    {
        var (start, end) = Instants(from, to);
        return ClocksAsync(
            db.Dispatches.Where(d => EF.Parameter(requestIds).Contains(d.RequestId) && d.DeliveredAt >= start && d.DeliveredAt < end),
            db.CallUps.Where(c => EF.Parameter(requestIds).Contains(c.RequestId) && c.DeliveredAt >= start && c.DeliveredAt < end),
            cancellationToken);
    }

    /// The requests with a delivery in the period later than the target after their submission, each with its latest
    /// delivery's minutes. A dispatch's minutes are read from the delivery-time index, so only the late ones are looked up.
    public async Task<IReadOnlyDictionary<int, double>> LateAsync(DateOnly from, DateOnly to, int targetMinutes,
        CancellationToken cancellationToken)
    {
        var (start, end) = Instants(from, to);
        var dispatched = await db.Dispatches.AsNoTracking()
            .Where(d => d.DeliveredAt >= start && d.DeliveredAt < end && d.MinutesToDeliver > targetMinutes)
            .Select(d => new { d.RequestId, Minutes = d.MinutesToDeliver!.Value })
            .ToListAsync(cancellationToken);
        // The call-ups first and their requests by id: joined, SQLite walked every request to find the few call-ups.
        var calledUp = await db.CallUps.AsNoTracking().Where(c => c.DeliveredAt >= start && c.DeliveredAt < end)
            .Select(c => new { c.RequestId, Delivered = c.DeliveredAt!.Value })
            .ToListAsync(cancellationToken);
        var requestIds = calledUp.Select(c => c.RequestId).Distinct().ToList();
        var submitted = requestIds.Count == 0 ? []
            : await db.AllocationRequests.AsNoTracking().Where(r => EF.Parameter(requestIds).Contains(r.Id) && r.SubmittedAt != null)
                .ToDictionaryAsync(r => r.Id, r => r.SubmittedAt!.Value, cancellationToken);
        return dispatched.Select(d => (d.RequestId, d.Minutes))
            .Concat(calledUp.Where(c => submitted.ContainsKey(c.RequestId))
                .Select(c => (c.RequestId, Minutes: (c.Delivered - submitted[c.RequestId]).TotalMinutes)))
            .Where(l => l.Minutes > targetMinutes)
            .GroupBy(l => l.RequestId)
            .ToDictionary(g => g.Key, g => g.Max(l => l.Minutes));
    }

    private async Task<IReadOnlyList<DeliveryClock>> ClocksAsync(IQueryable<Dispatch> delivered, IQueryable<CallUp> calledUp,
        CancellationToken cancellationToken) =>
        (await DispatchedAsync(delivered, cancellationToken)).Concat(await CalledUpAsync(calledUp, cancellationToken))
            .OrderBy(c => c.Delivered)
            .ToList();

    /// The delivered dispatches' clocks. Most looks find none (the report's for the deliveries not yet tallied): then
    /// their requests, steps and depots are not read at all.
    private async Task<IEnumerable<DeliveryClock>> DispatchedAsync(IQueryable<Dispatch> delivered, CancellationToken cancellationToken)
    {
        // The dispatches with their request's approval and closing, each looked up by the transitions' index on request and
        // state (a subquery per row, which PostgreSQL runs as such); then their requests and approved steps by the
        // requests' ids. Joined in one statement, PostgreSQL hashed every request and transition in the county (150-280 ms
        // for a month's 8,000 deliveries at a million ledger rows); given the ids of the transitions too, it sometimes
        // chose to filter every approval and closing ever made against them (250 ms).
        var transitions = db.RequestTransitions.AsNoTracking();
        var dispatches = await delivered.AsNoTracking()
            .Select(d => new
            {
                d.RequestId, d.SourceDepotId, d.PickingStartedAt, d.DispatchedAt, Delivered = d.DeliveredAt!.Value,
                Approved = transitions.Where(t => t.RequestId == d.RequestId && t.To == RequestState.Approved).Min(t => (DateTime?)t.At),
                ClosedBy = transitions.Where(t => t.RequestId == d.RequestId && t.To == RequestState.Closed).OrderBy(t => t.At)
                    .Select(t => t.By).FirstOrDefault(),
            })
            .ToListAsync(cancellationToken);
        if (dispatches.Count == 0)
            return [];
        var ids = dispatches.Select(d => d.RequestId).Distinct().ToList();
        var requests = await db.AllocationRequests.AsNoTracking().Where(r => EF.Parameter(ids).Contains(r.Id) && r.SubmittedAt != null)
            .Select(r => new
            {
                r.Id, r.Number, Destination = r.DestinationName, Released = r.Ratification != Ratification.NotNeeded,
                Submitted = r.SubmittedAt!.Value, r.BreachReason, r.BreachNote,
            })
            .ToDictionaryAsync(r => r.Id, cancellationToken);
        var steps = (await db.ApprovalSteps.AsNoTracking()
                .Where(s => EF.Parameter(ids).Contains(s.RequestId) && s.Decision == StepDecision.Approved && s.DecidedAt != null)
                .Select(s => new { s.RequestId, s.Number, DecidedAt = s.DecidedAt!.Value })
                .ToListAsync(cancellationToken))
            .OrderBy(s => s.Number)
            .ToLookup(s => s.RequestId, s => s.DecidedAt);
        var depots = await db.Depots.AsNoTracking().ToDictionaryAsync(d => d.Id, d => d.Name, cancellationToken);
        return dispatches.Where(d => requests.ContainsKey(d.RequestId))
            .Select(d =>
            {
                var r = requests[d.RequestId];
                return new DeliveryClock(d.RequestId, r.Number, r.Destination, depots[d.SourceDepotId], r.Released, r.Submitted,
                    steps[d.RequestId].ToList(), d.Approved, d.PickingStartedAt, d.DispatchedAt, d.Delivered, r.BreachReason, r.BreachNote,
                    d.ClosedBy);
            })
            .ToList();
    }

    /// The call-up orders delivered (at the site, or received into the destination depot), each timed like a dispatch from
    /// its request's submission, its supplier as the source.
    private async Task<IEnumerable<DeliveryClock>> CalledUpAsync(IQueryable<CallUp> calledUp, CancellationToken cancellationToken)
    {
        var rows = await (from c in calledUp.AsNoTracking()
                join r in db.AllocationRequests on c.RequestId equals r.Id
                join a in db.SupplyAgreements on c.AgreementId equals a.Id
                select new
                {
                    r.Id, r.Number, Destination = r.DestinationName, Source = a.Supplier!.Name,
                    Released = r.Ratification != Ratification.NotNeeded,
                    Submitted = r.SubmittedAt,
                    Steps = r.Steps.Where(s => s.Decision == StepDecision.Approved && s.DecidedAt != null)
                        .OrderBy(s => s.Number).Select(s => s.DecidedAt!.Value).ToList(),
                    Approved = r.Transitions.Where(t => t.To == RequestState.Approved).Select(t => (DateTime?)t.At).FirstOrDefault(),
                    Delivered = c.DeliveredAt!.Value, r.BreachReason, r.BreachNote,
                    ClosedBy = r.Transitions.Where(t => t.To == RequestState.Closed).Select(t => t.By).FirstOrDefault(),
                })
            .ToListAsync(cancellationToken);
        return rows.Where(r => r.Submitted is not null)
            .Select(r => new DeliveryClock(r.Id, r.Number, r.Destination, r.Source, r.Released, r.Submitted!.Value, r.Steps, r.Approved,
                null, null, r.Delivered, r.BreachReason, r.BreachNote, r.ClosedBy) { CalledUp = true });
    }
}
