using Microsoft.EntityFrameworkCore;
using Warehouse.Data;
using Warehouse.Domain.Allocation;
using Warehouse.Domain.Common;

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

/// Reads the clocks of the dispatches and call-up orders delivered in a period (the bureau's days, both included).
public sealed class DeliveryClocks(WarehouseDbContext db, BureauClock clock)
{
    public async Task<IReadOnlyList<DeliveryClock>> DeliveredAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        var start = TimeZoneInfo.ConvertTimeToUtc(from.ToDateTime(TimeOnly.MinValue), clock.Zone);
        var end = TimeZoneInfo.ConvertTimeToUtc(to.AddDays(1).ToDateTime(TimeOnly.MinValue), clock.Zone);
        var delivered = db.Dispatches.AsNoTracking().Where(d => d.DeliveredAt >= start && d.DeliveredAt < end);
        // Flat rows, and the approved steps beside them in a second read: a list inside each row made EF Core join the
        // steps in, order by every key and shape thousands of rows with their steps, most of a page's time. The request's
        // submission is kept on it; its approval and closing are joined rather than looked up per row (each happens at most once).
        var transitions = db.RequestTransitions.AsNoTracking();
        var rows = await (
                from d in delivered
                join r in db.AllocationRequests on d.RequestId equals r.Id
                where r.SubmittedAt != null
                join a in transitions.Where(t => t.To == RequestState.Approved) on d.RequestId equals a.RequestId into approved
                from a in approved.DefaultIfEmpty()
                join c in transitions.Where(t => t.To == RequestState.Closed) on d.RequestId equals c.RequestId into closed
                from c in closed.DefaultIfEmpty()
                orderby d.DeliveredAt
                select new
                {
                    d.RequestId, r.Number, Destination = r.DestinationName, Source = d.SourceDepot!.Name,
                    Released = r.Ratification != Ratification.NotNeeded, Submitted = r.SubmittedAt!.Value,
                    Approved = a == null ? (DateTime?)null : a.At, d.PickingStartedAt, d.DispatchedAt, Delivered = d.DeliveredAt!.Value,
                    r.BreachReason, r.BreachNote, ClosedBy = c == null ? null : c.By,
                })
            .ToListAsync(cancellationToken);
        var steps = (await delivered
                .SelectMany(d => d.Request!.Steps.Where(s => s.Decision == StepDecision.Approved && s.DecidedAt != null))
                .Select(s => new { s.RequestId, s.Number, DecidedAt = s.DecidedAt!.Value })
                .ToListAsync(cancellationToken))
            .OrderBy(s => s.Number)
            .ToLookup(s => s.RequestId, s => s.DecidedAt);
        return rows
            .Select(r => new DeliveryClock(r.RequestId, r.Number, r.Destination, r.Source, r.Released, r.Submitted,
                steps[r.RequestId].ToList(), r.Approved, r.PickingStartedAt, r.DispatchedAt, r.Delivered, r.BreachReason, r.BreachNote, r.ClosedBy))
            .Concat(await CalledUpAsync(start, end, cancellationToken))
            .OrderBy(c => c.Delivered)
            .ToList();
    }

    /// The call-up orders delivered (at the site, or received into the destination depot) between the two instants, each
    /// timed like a dispatch from its request's submission, its supplier as the source.
    private async Task<IEnumerable<DeliveryClock>> CalledUpAsync(DateTime start, DateTime end, CancellationToken cancellationToken)
    {
        var rows = await (from c in db.CallUps.AsNoTracking().Where(c => c.DeliveredAt >= start && c.DeliveredAt < end)
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
