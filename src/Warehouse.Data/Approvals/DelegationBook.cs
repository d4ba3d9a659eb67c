using Microsoft.EntityFrameworkCore;
using Warehouse.Data.Auditing;
using Warehouse.Data.Stock;
using Warehouse.Domain.Approvals;
using Warehouse.Domain.Auditing;
using Warehouse.Domain.Common;
using Warehouse.Domain.Constants;

namespace Warehouse.Data.Approvals;

/// An approver's deputies: named for a bounded period, never themselves, revocable.
public sealed class DelegationBook(WarehouseDbContext db, AuditTrail audit, BureauClock clock)
{
    /// The delegations the approver gave and those naming them as deputy that have not ended.
    public async Task<IReadOnlyList<Delegation>> OfAsync(string userName, CancellationToken cancellationToken = default)
    {
        var now = clock.UtcNow;
        return await db.Delegations.AsNoTracking()
            .Where(d => (d.PrincipalUserName == userName || d.DeputyUserName == userName) && d.RevokedAt == null && d.Until > now)
            .OrderBy(d => d.From).ToListAsync(cancellationToken);
    }

    /// Names a deputy; <paramref name="approverRoles"/> are the principal's roles, of which one must approve.
    public Task<Outcome<int>> NameAsync(string principal, IReadOnlySet<string> approverRoles, string deputy, DateTime fromUtc,
        DateTime untilUtc, AuditActor actor) =>
        ApprovalWrites.RunAsync(db, async () =>
        {
            if (!Enum.GetValues<ApprovalLevel>().Any(l => ApprovalLevels.RolesFor(l).Any(approverRoles.Contains)))
                throw new DomainException(Errors.NotAnApprover());
            var delegation = new Delegation(principal, deputy.Trim(), fromUtc, untilUtc, clock.UtcNow);
            // A deputy must be able to reach the approval pages: someone who approves themselves.
            var known = await (
                from u in db.Users
                where u.UserName == delegation.DeputyUserName && !u.Disabled
                join ur in db.UserRoles on u.Id equals ur.UserId
                join r in db.Roles on ur.RoleId equals r.Id
                where Roles.Approvers.Contains(r.Name!)
                select u.Id).AnyAsync();
            if (!known)
                throw new DomainException(Errors.UnknownDeputy(delegation.DeputyUserName));
            db.Delegations.Add(delegation);
            await db.SaveChangesAsync();
            audit.Record(actor, AuditActions.DeputyNamed, delegation.DeputyUserName,
                $"for {principal} {delegation.From:u} – {delegation.Until:u}");
            return delegation.Id;
        });

    public Task<Outcome<int>> RevokeAsync(int id, string principal, AuditActor actor) =>
        ApprovalWrites.RunAsync(db, async () =>
        {
            var delegation = await db.Delegations.SingleOrDefaultAsync(d => d.Id == id && d.PrincipalUserName == principal)
                ?? throw new DomainException(Errors.UnknownDelegation(id));
            delegation.Revoke(clock.UtcNow);
            audit.Record(actor, AuditActions.DeputyRevoked, delegation.DeputyUserName, $"for {principal}");
            return id;
        });
}
