using Microsoft.EntityFrameworkCore;
using Warehouse.Data.Allocation;
using Warehouse.Data.Auditing;
using Warehouse.Data.Notifications;
using Warehouse.Domain.Allocation;
using Warehouse.Domain.Auditing;
using Warehouse.Domain.Common;
using Warehouse.Domain.Constants;
using Warehouse.Domain.Notifications;
using Warehouse.Domain.Suppliers;

namespace Warehouse.Data.Suppliers;

/// The approval's lines sourced from agreements become call-up orders (调用单), one per agreement, inside the approval's
/// transaction: each line is drawn from its agreement, the order is audited and the managers and the requester told.
public sealed class CallUpOrders(WarehouseDbContext db, AgreementDraws draws, WorkflowNumbers numbers, AuditTrail audit,
    NotificationRecipients recipients, BureauClock clock)
{
    public async Task OrderAsync(AllocationRequest request, IReadOnlyList<LineDecision> decisions, WorkflowActor actor)
    {
        var wanted = decisions
            .SelectMany(d => (d.CallUps ?? []).Where(c => c.Quantity != 0).Select(c => (d.ItemId, c.AgreementId, c.Quantity)))
            .ToList();
        if (wanted.Count == 0)
            return;
        var now = clock.UtcNow;
        var orders = new List<CallUp>();
        foreach (var group in wanted.GroupBy(w => w.AgreementId))
        {
            var agreement = await db.SupplyAgreements.Include(a => a.Lines).SingleOrDefaultAsync(a => a.Id == group.Key)
                ?? throw new DomainException(Errors.UnknownAgreement(group.Key));
            var lines = group.GroupBy(w => w.ItemId).Select(g => (ItemId: g.Key, Quantity: g.Sum(w => w.Quantity))).ToList();
            foreach (var (itemId, quantity) in lines)
                await draws.DrawAsync(agreement, itemId, quantity);
            var callUp = new CallUp(await numbers.NextAsync("DY"), agreement, request, lines, now);
            db.CallUps.Add(callUp);
            orders.Add(callUp);
            audit.Record(AuditActor.Of(actor), AuditActions.CallUpOrdered, callUp.Number,
                $"{request.Number} ← {agreement.Number}: {string.Join(", ", lines.Select(l => $"#{l.ItemId}×{l.Quantity}"))}");
        }
        var readers = (await recipients.HoldersAsync([Roles.Manager])).Append(request.RequestedBy).Distinct();
        db.Notifications.AddRange(readers.SelectMany(user => orders.Select(o =>
            new Notification(user, NotificationKind.CallUpOrdered, request.Id, request.Number, $"call-up:{o.Number}", now))));
    }
}
