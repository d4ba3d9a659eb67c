using Microsoft.EntityFrameworkCore;
using Warehouse.Data.Auditing;
using Warehouse.Data.Infrastructure;
using Warehouse.Data.Stock;
using Warehouse.Domain.Allocation;
using Warehouse.Domain.Auditing;
using Warehouse.Domain.Closing;
using Warehouse.Domain.Common;

namespace Warehouse.Data.Closing;

/// The auditor signs off a closed period with comments, over the ledger as the close saw it: the digest is computed
/// again inside the sign-off's transaction, and a changed ledger refuses the sign-off.
public sealed class PeriodSignOff(WarehouseDbContext db, LedgerDigests digests, AuditTrail audit, BureauClock clock)
{
    public Task<Outcome<ClosedPeriod>> SignOffAsync(int id, string? comment, WorkflowActor actor,
        CancellationToken cancellationToken = default) =>
        WorkflowTransaction.RunAsync<ClosedPeriod, ClosedPeriod, ClosedPeriod>(db, async () =>
        {
            var period = await db.ClosedPeriods.SingleOrDefaultAsync(p => p.Id == id, cancellationToken)
                ?? throw new DomainException(Errors.UnknownClosedPeriod(id));
            var now = await digests.ComputeAsync(period.StartsAt, period.EndsAt, cancellationToken);
            period.SignOff(actor.UserName, clock.UtcNow, comment, now.Digest);
            audit.Record(AuditActor.Of(actor), AuditActions.PeriodSignedOff, period.Label, period.SignOffComment);
            return period;
        }, period => period);
}
