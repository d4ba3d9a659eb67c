using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Warehouse.Data;
using Warehouse.Domain.Common;
using Warehouse.Domain.Constants;
using Warehouse.Web.Infrastructure;

namespace Warehouse.Web.Features.Admin.Import;

/// Sets each user draft's action: a new name is added, a known name with other roles, depots, department or display
/// name is updated, the same is unchanged. Refuses depots and departments that are neither in the database nor in this
/// workbook, and taking the administrator role from the last active administrators.
public static class UserComparison
{
    public static async Task ClassifyAsync(WarehouseDbContext db, ImportPlan plan, IStringLocalizer localizer,
        CancellationToken cancellationToken)
    {
        if (plan.Users.Count == 0)
            return;
        var held = await HeldUser.ReadAsync(db, cancellationToken);
        var depots = (await db.Depots.Select(d => d.Code).ToListAsync(cancellationToken)).Concat(plan.Depots.Select(d => d.Code))
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        var departments = (await db.Departments.Select(d => d.Code).ToListAsync(cancellationToken))
            .Concat(plan.Departments.Select(d => d.Code)).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var demoted = plan.Users.Where(u => held.TryGetValue(u.UserName, out var h) && h.IsActiveAdministrator
            && !u.Roles.Contains(Roles.Administrator)).Select(u => u.UserName).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var adminsLeft = held.Values.Any(h => h.IsActiveAdministrator && !demoted.Contains(h.UserName));
        var sheet = localizer[ImportKind.Users.SheetKey].Value;
        foreach (var draft in plan.Users.ToList())
        {
            var refusal = draft.Depots.FirstOrDefault(d => !depots.Contains(d)) is { } depot ? Errors.ImportUnknownDepot(depot)
                : draft.DepartmentCode is { } code && !departments.Contains(code) ? Errors.ImportUnknownDepartment(code)
                : !adminsLeft && demoted.Contains(draft.UserName) ? Errors.LastAdministrator(draft.UserName)
                : null;
            if (refusal is not null)
            {
                plan.Users.Remove(draft);
                plan.Refuse(sheet, draft.Row, draft.UserName, ApiProblems.Localize(refusal, localizer));
                continue;
            }
            var action = !held.TryGetValue(draft.UserName, out var user) ? RowAction.Add
                : user.Matches(draft) ? RowAction.Unchanged : RowAction.Update;
            plan.Mark(ImportKind.Users, sheet, draft.Row, draft.UserName, action);
        }
    }
}

/// A user as the database holds them, in the users sheet's terms.
public sealed record HeldUser(string UserName, string DisplayName, bool Disabled, HashSet<string> Roles, HashSet<string> Depots,
    string? DepartmentCode)
{
    public bool IsActiveAdministrator => !Disabled && Roles.Contains(Domain.Constants.Roles.Administrator);

    public bool Matches(UserDraft draft) =>
        DisplayName == draft.DisplayName && Roles.SetEquals(draft.Roles) && Depots.SetEquals(draft.Depots)
        && string.Equals(DepartmentCode, draft.DepartmentCode, StringComparison.OrdinalIgnoreCase);

    /// Every user by name; a bureau has hundreds, not millions.
    public static async Task<Dictionary<string, HeldUser>> ReadAsync(WarehouseDbContext db, CancellationToken cancellationToken)
    {
        var users = await db.Users.AsNoTracking()
            .Select(u => new { u.Id, u.UserName, u.DisplayName, u.Disabled, Department = u.Department!.Code,
                Depots = u.Depots.Select(d => d.Depot!.Code).ToList() })
            .ToListAsync(cancellationToken);
        var roles = await (from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id select new { ur.UserId, r.Name })
            .ToListAsync(cancellationToken);
        return users.ToDictionary(u => u.UserName!, u => new HeldUser(u.UserName!, u.DisplayName, u.Disabled,
            roles.Where(r => r.UserId == u.Id).Select(r => r.Name!).ToHashSet(), u.Depots.ToHashSet(StringComparer.OrdinalIgnoreCase),
            u.Department), StringComparer.OrdinalIgnoreCase);
    }
}
