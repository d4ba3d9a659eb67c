using Microsoft.EntityFrameworkCore;
using Warehouse.Domain.Allocation;
using Warehouse.Domain.Approvals;
using Warehouse.Domain.Common;

namespace Warehouse.Data.Approvals;

/// Who the actor stands in for right now: the approvers whose running delegations name them, with those approvers' roles.
public sealed class Deputies(WarehouseDbContext db, BureauClock clock)
{
    public async Task<WorkflowActor> StandingAsync(WorkflowActor actor)
    {
        var now = clock.UtcNow;
        var principals = await db.Delegations
            .Where(d => d.DeputyUserName == actor.UserName && d.RevokedAt == null && d.From <= now && d.Until > now)
            .Select(d => d.PrincipalUserName).Distinct().ToListAsync();
        if (principals.Count == 0)
            return actor;
        var roles = await (
            from u in db.Users
            where principals.Contains(u.UserName!) && !u.Disabled
            join ur in db.UserRoles on u.Id equals ur.UserId
            join r in db.Roles on ur.RoleId equals r.Id
            select new { UserName = u.UserName!, Role = r.Name! }).ToListAsync();
        return actor.Standing(roles.GroupBy(r => r.UserName)
            .Select(g => new Deputyship(g.Key, g.Select(r => r.Role).ToHashSet())).OrderBy(d => d.PrincipalUserName).ToList());
    }
}
