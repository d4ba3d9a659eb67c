using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Warehouse.Data;
using Warehouse.Data.Auditing;
using Warehouse.Data.Identity;
using Warehouse.Domain.Auditing;
using Warehouse.Domain.Common;

namespace Warehouse.Web.Features.Admin.Import;

/// A new user's one-time link to set their password: shown once, on the page that confirmed the import, and kept
/// nowhere else.
public sealed record SetPasswordInvitation(string UserName, string DisplayName, string UserId, string Token);

/// Writes a confirmed workbook's users inside the import's transaction: new users without a password, each with a
/// set-password token (Identity's reset token: it expires, and setting the password renews the security stamp, which
/// burns it); known users get the sheet's roles, depots and department, and lose their sessions. Every change is audited.
public sealed class UserWriter(WarehouseDbContext db, UserManager<WarehouseUser> users, AuditTrail audit)
{
    public async Task<IReadOnlyList<SetPasswordInvitation>> WriteAsync(ImportPlan plan, CancellationToken cancellationToken)
    {
        if (plan.Users.Count == 0)
            return [];
        var depots = await db.Depots.AsNoTracking().ToDictionaryAsync(d => d.Code, d => d.Id, StringComparer.OrdinalIgnoreCase,
            cancellationToken);
        var departments = await db.Departments.AsNoTracking()
            .ToDictionaryAsync(d => d.Code, d => d.Id, StringComparer.OrdinalIgnoreCase, cancellationToken);
        var created = new List<WarehouseUser>();
        foreach (var draft in plan.Users.Where(u => !plan.IsUnchanged(ImportKind.Users, u.UserName)))
        {
            var department = draft.DepartmentCode is { } code ? departments[code] : (int?)null;
            var depotIds = draft.Depots.Select(d => depots[d]).ToList();
            if (await users.FindByNameAsync(draft.UserName) is { } user)
                await UpdateAsync(user, draft, department, depotIds);
            else
                created.Add(await CreateAsync(draft, department, depotIds));
        }
        var invitations = new List<SetPasswordInvitation>();
        foreach (var user in created)
            invitations.Add(new(user.UserName!, user.DisplayName, user.Id, await users.GeneratePasswordResetTokenAsync(user)));
        return invitations;
    }

    private async Task<WarehouseUser> CreateAsync(UserDraft draft, int? department, List<int> depotIds)
    {
        var user = new WarehouseUser
        {
            UserName = draft.UserName, DisplayName = draft.DisplayName, DepartmentId = department,
            Depots = depotIds.Select(d => new UserDepot { DepotId = d }).ToList(), EmailConfirmed = true, LockoutEnabled = true,
        };
        Check(await users.CreateAsync(user), draft);
        Check(await users.AddToRolesAsync(user, draft.Roles), draft);
        audit.Record(AuditActions.UserCreated, $"user {user.UserName}", $"imported; roles {string.Join(",", draft.Roles)}");
        return user;
    }

    private async Task UpdateAsync(WarehouseUser user, UserDraft draft, int? department, List<int> depotIds)
    {
        user.DisplayName = draft.DisplayName;
        user.DepartmentId = department;
        db.UserDepots.RemoveRange(await db.UserDepots.Where(d => d.UserId == user.Id).ToListAsync());
        db.UserDepots.AddRange(depotIds.Select(d => new UserDepot { UserId = user.Id, DepotId = d }));
        var current = await users.GetRolesAsync(user);
        Check(await users.RemoveFromRolesAsync(user, current.Except(draft.Roles)), draft);
        Check(await users.AddToRolesAsync(user, draft.Roles.Except(current)), draft);
        // Rights may have been taken away: the user's sessions end now, as on the users page.
        Check(await users.UpdateSecurityStampAsync(user), draft);
        audit.Record(AuditActions.UserChanged, $"user {user.UserName}",
            $"imported; roles {string.Join(",", draft.Roles)}; depots {string.Join(",", draft.Depots)}; department {draft.DepartmentCode}");
    }

    // The preview checked names, roles, depots and departments; a refusal here (a rule of Identity's) undoes the whole import.
    private static void Check(IdentityResult result, UserDraft draft)
    {
        if (!result.Succeeded)
            throw new DomainException(Errors.ImportUserNameInvalid(draft.UserName));
    }
}
