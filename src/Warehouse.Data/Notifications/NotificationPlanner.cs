using Microsoft.EntityFrameworkCore;
using Warehouse.Data.Live;
using Warehouse.Domain.Allocation;
using Warehouse.Domain.Common;
using Warehouse.Domain.Constants;
using Warehouse.Domain.Notifications;

namespace Warehouse.Data.Notifications;

/// Turns committed request changes and overdue dispatches into notifications for the people concerned, each stored
/// once per user; answers the ones that are new, for the caller to push.
public sealed class NotificationPlanner(WarehouseDbContext db, NotificationRecipients recipients, BureauClock clock)
{
    /// Approval steps now waiting or escalated tell their approvers; a delivered request tells who made it.
    public async Task<IReadOnlyList<Notification>> PlanAsync(IReadOnlyList<RequestChange> changes)
    {
        var planned = new List<Notification>();
        foreach (var change in changes)
            planned.AddRange(await ForChangeAsync(change));
        return await StoreAsync(planned);
    }

    /// Dispatches still on the road past the target since their request was submitted tell the managers and the requester.
    public async Task<IReadOnlyList<Notification>> SweepOverdueAsync(TimeSpan target)
    {
        var now = clock.UtcNow;
        var submittedBefore = now - target;
        var overdue = await db.Dispatches.Where(d => d.State == DispatchState.Dispatched)
            .Join(db.AllocationRequests.Where(r => r.SubmittedAt < submittedBefore), d => d.RequestId, r => r.Id,
                (d, r) => new { d.Id, Request = r.Id, r.Number, r.RequestedBy })
            .ToListAsync();
        if (overdue.Count == 0)
            return [];
        var managers = await recipients.HoldersAsync([Roles.Manager]);
        return await StoreAsync(overdue.SelectMany(x => managers.Append(x.RequestedBy).Distinct()
            .Select(user => new Notification(user, NotificationKind.DispatchOverdue, x.Request, x.Number, $"overdue:{x.Id}", now)))
            .ToList());
    }

    private async Task<IEnumerable<Notification>> ForChangeAsync(RequestChange change)
    {
        var now = clock.UtcNow;
        if (change.State == RequestState.Delivered)
        {
            var requester = await db.AllocationRequests.Where(r => r.Id == change.RequestId).Select(r => r.RequestedBy).SingleAsync();
            return [new Notification(requester, NotificationKind.DeliveryConfirmed, change.RequestId, change.Number,
                $"delivered:{change.RequestId}", now)];
        }
        if (change.State is not (RequestState.Submitted or RequestState.InApproval))
            return [];
        var step = await db.ApprovalSteps.AsNoTracking()
            .Where(s => s.RequestId == change.RequestId && s.Decision == StepDecision.Waiting)
            .OrderBy(s => s.Number).FirstOrDefaultAsync();
        if (step is null)
            return [];
        var kind = change.Kind == RequestChangeKind.Escalated ? NotificationKind.StepEscalated : NotificationKind.ApprovalWaiting;
        var key = $"{(kind == NotificationKind.StepEscalated ? "escalated" : "waiting")}:{change.RequestId}:{step.Number}";
        return (await recipients.ApproversAsync(step.Level))
            .Select(user => new Notification(user, kind, change.RequestId, change.Number, key, now));
    }

    // The key's unique index is the last word: a notice another instance stored a moment earlier is skipped, not doubled.
    private async Task<IReadOnlyList<Notification>> StoreAsync(List<Notification> planned)
    {
        if (planned.Count == 0)
            return [];
        var keys = planned.Select(n => n.Key).Distinct().ToList();
        var known = (await db.Notifications.Where(n => keys.Contains(n.Key)).Select(n => new { n.UserName, n.Key }).ToListAsync())
            .Select(n => (n.UserName, n.Key)).ToHashSet();
        var fresh = planned.Where(n => known.Add((n.UserName, n.Key))).ToList();
        db.Notifications.AddRange(fresh);
        try
        {
            await db.SaveChangesAsync();
            return fresh;
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            return [];
        }
    }
}
