using Warehouse.Domain.Allocation;
using Warehouse.Domain.Auditing;
using Warehouse.Domain.Common;

namespace Warehouse.Data.Allocation;

/// The audit row every workflow step leaves: who, when, what and on which request or dispatch.
public sealed class WorkflowAudit(WarehouseDbContext db, BureauClock clock)
{
    public void Record(WorkflowActor actor, string action, string subject, string? detail) =>
        db.AuditEntries.Add(new AuditEntry(clock.UtcNow, actor.UserName, action, subject, detail, null));
}
