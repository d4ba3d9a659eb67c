using Microsoft.EntityFrameworkCore;
using Warehouse.Data.Auditing;
using Warehouse.Data.Infrastructure;
using Warehouse.Data.Notifications;
using Warehouse.Data.Stock;
using Warehouse.Domain.Allocation;
using Warehouse.Domain.Common;
using Warehouse.Domain.Auditing;
using Warehouse.Domain.Constants;
using Warehouse.Domain.Notifications;
using Warehouse.Domain.Suppliers;

namespace Warehouse.Data.Suppliers;

/// A manager cancels a call-up order whose goods have not come, with a reason: in one transaction its quantities go
/// back to the agreement's remaining (one conditional update per line), the step is audited and the requester and the
/// managers are told; a request that waited only for it is then delivered.
public sealed class CallUpCancellations(WarehouseDbContext db, CallUpSettlement settlement, AuditTrail audit, NotificationRecipients recipients,
    BureauClock clock)
{
    public Task<Outcome<CallUp>> CancelAsync(int id, int version, string? reason, WorkflowActor actor) =>
        settlement.RunAsync(async () =>
        {
            if (!actor.IsManager)
                throw new DomainException(Errors.CallUpByManager());
            var callUp = await db.CallUps.Include(c => c.Lines).SingleOrDefaultAsync(c => c.Id == id)
                ?? throw new DomainException(Errors.UnknownCallUp(id));
            if (callUp.Version != version)
                throw new DomainException(Errors.CallUpChanged(callUp.Number));
            callUp.Cancel(actor.UserName, clock.UtcNow, reason);
            foreach (var line in callUp.Lines)
                await GiveBackAsync(callUp, line);
            audit.Record(AuditActor.Of(actor), AuditActions.CallUpCancelled, callUp.Number, callUp.CancelReason);
            await TellAsync(callUp);
            await settlement.SettleAsync(callUp, actor, clock.UtcNow);
            return callUp;
        });

    private async Task GiveBackAsync(CallUp callUp, CallUpLine line)
    {
        var given = await db.AgreementLines
            .Where(l => l.AgreementId == callUp.AgreementId && l.ItemId == line.ItemId && l.Drawn >= line.Quantity)
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.Drawn, l => l.Drawn - line.Quantity));
        if (given == 0)
            throw new DomainException(Errors.ConcurrentChange());
    }

    private async Task TellAsync(CallUp callUp)
    {
        var request = await db.AllocationRequests.AsNoTracking().Where(r => r.Id == callUp.RequestId)
            .Select(r => new { r.Number, r.RequestedBy }).SingleAsync();
        var readers = (await recipients.HoldersAsync([Roles.Manager])).Append(request.RequestedBy).Distinct();
        db.Notifications.AddRange(readers.Select(user => new Notification(user, NotificationKind.CallUpCancelled, callUp.RequestId,
            request.Number, $"call-up-cancelled:{callUp.Number}", clock.UtcNow)));
    }
}
