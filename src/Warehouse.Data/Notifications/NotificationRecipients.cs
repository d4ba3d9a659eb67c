using Microsoft.EntityFrameworkCore;
using Warehouse.Domain.Approvals;
using Warehouse.Domain.Common;

namespace Warehouse.Data.Notifications;

/// Who is to be told: the enabled holders of some roles, and the deputies standing in for them right now.
public sealed class NotificationRecipients(WarehouseDbContext db, BureauClock clock)
{
    /// Everyone who may decide a step of this level: its roles' holders and their running deputies.
    public async Task<IReadOnlyList<string>> ApproversAsync(ApprovalLevel level)
    {
        var holders = await HoldersAsync(ApprovalLevels.RolesFor(level));
        var now = clock.UtcNow;
        var deputies = await db.Delegations
            .Where(d => holders.Contains(d.PrincipalUserName) && d.RevokedAt == null && d.From <= now && d.Until > now)
            .Select(d => d.DeputyUserName).ToListAsync();
        return holders.Concat(deputies).Distinct().ToList();
    }

    /// The enabled users holding any of these roles.
    public async Task<List<string>> HoldersAsync(IReadOnlyList<string> roles) => await (
            from u in db.Users
            where !u.Disabled
            join ur in db.UserRoles on u.Id equals ur.UserId
            join r in db.Roles on ur.RoleId equals r.Id
            where roles.Contains(r.Name!)
            select u.UserName!).Distinct().ToListAsync();
}
