using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Warehouse.Data;
using Warehouse.Data.Auditing;
using Warehouse.Data.Identity;
using Warehouse.Domain.Auditing;
using Warehouse.Domain.Common;
using Warehouse.Web.Infrastructure;
using Warehouse.Domain.Constants;

namespace Warehouse.Web.Features.Admin.Users;

/// An administrator's changes to people: create, change, disable, enable, unlock, reset a password. Each is audited with
/// the reason given; each that takes rights away renews the security stamp, which ends the user's sessions at once.
public sealed class UserAdministration(UserManager<WarehouseUser> users, WarehouseDbContext db, AuditTrail audit,
    IStringLocalizer<SharedResource> localizer)
{
    public async Task<UserChange> CreateAsync(NewUserForm form)
    {
        if (await InvalidChoicesAsync(form) is { } invalid)
            return UserChange.Refused(invalid);
        var user = new WarehouseUser
        {
            UserName = form.UserName.Trim(), DisplayName = form.DisplayName.Trim(), DepartmentId = form.DepartmentId,
            Depots = form.DepotIds.Distinct().Select(d => new UserDepot { DepotId = d }).ToList(),
            EmailConfirmed = true, LockoutEnabled = true, MustChangePassword = true,
        };
        var created = await users.CreateAsync(user, form.Password);
        if (!created.Succeeded)
            return UserChange.Refused(created.Errors.Select(e => e.Description).ToArray());
        await users.AddToRolesAsync(user, form.Roles.Distinct());
        return await AuditAsync(user, AuditActions.UserCreated, form.Reason, $"roles {string.Join(",", form.Roles)}");
    }

    public Task<UserChange> UpdateAsync(string id, EditUserForm form) => ChangeAsync(id, async user =>
    {
        if (await InvalidChoicesAsync(form) is { } invalid)
            return invalid;
        var current = await users.GetRolesAsync(user);
        if (!form.Roles.Contains(Roles.Administrator) && await IsLastActiveAdministratorAsync(user))
            return LastAdministrator(user);
        user.DisplayName = form.DisplayName.Trim();
        user.DepartmentId = form.DepartmentId;
        var depots = await db.UserDepots.Where(d => d.UserId == user.Id).ToListAsync();
        db.UserDepots.RemoveRange(depots);
        db.UserDepots.AddRange(form.DepotIds.Distinct().Select(d => new UserDepot { UserId = user.Id, DepotId = d }));
        await users.RemoveFromRolesAsync(user, current.Except(form.Roles));
        await users.AddToRolesAsync(user, form.Roles.Distinct().Except(current));
        await users.UpdateSecurityStampAsync(user);
        return null;
    }, AuditActions.UserChanged, form.Reason, $"roles {string.Join(",", form.Roles)}");

    public Task<UserChange> DisableAsync(string id, string reason) => ChangeAsync(id, async user =>
    {
        if (await IsLastActiveAdministratorAsync(user))
            return LastAdministrator(user);
        user.Disabled = true;
        await users.UpdateSecurityStampAsync(user);
        return null;
    }, AuditActions.UserDisabled, reason);

    public Task<UserChange> EnableAsync(string id, string reason) => ChangeAsync(id, async user =>
    {
        user.Disabled = false;
        await users.UpdateAsync(user);
        return null;
    }, AuditActions.UserEnabled, reason);

    public Task<UserChange> UnlockAsync(string id, string reason) => ChangeAsync(id, async user =>
    {
        await users.SetLockoutEndDateAsync(user, null);
        await users.ResetAccessFailedCountAsync(user);
        return null;
    }, AuditActions.UserUnlocked, reason);

    public Task<UserChange> ResetPasswordAsync(string id, string password, string reason) => ChangeAsync(id, async user =>
    {
        var reset = await users.ResetPasswordAsync(user, await users.GeneratePasswordResetTokenAsync(user), password);
        if (!reset.Succeeded)
            return reset.Errors.Select(e => e.Description).ToArray();
        user.MustChangePassword = true;
        await users.UpdateAsync(user);
        return null;
    }, AuditActions.PasswordReset, reason);

    private async Task<UserChange> ChangeAsync(string id, Func<WarehouseUser, Task<string[]?>> change, string action, string reason,
        string? detail = null)
    {
        if (await users.FindByIdAsync(id) is not { } user)
            return UserChange.NotFound;
        if (string.IsNullOrWhiteSpace(reason))
            return UserChange.Refused(localizer["Say why."]);
        return await change(user) is { } errors ? UserChange.Refused(errors) : await AuditAsync(user, action, reason, detail);
    }

    private async Task<UserChange> AuditAsync(WarehouseUser user, string action, string reason, string? detail)
    {
        var text = detail is null ? $"why: {reason.Trim()}" : $"why: {reason.Trim()}; {detail}";
        audit.Record(action, $"user {user.UserName}", text);
        await db.SaveChangesAsync();
        return UserChange.Done;
    }

    private async Task<bool> IsLastActiveAdministratorAsync(WarehouseUser user) =>
        !user.Disabled && await users.IsInRoleAsync(user, Roles.Administrator)
        && !(await users.GetUsersInRoleAsync(Roles.Administrator)).Any(a => a.Id != user.Id && !a.Disabled);

    private string[] LastAdministrator(WarehouseUser user) => [ApiProblems.Localize(Errors.LastAdministrator(user.UserName!), localizer)];

    private async Task<string[]?> InvalidChoicesAsync(UserDetailsForm form)
    {
        if (form.Roles.Count == 0 || form.Roles.Any(r => !Roles.All.Contains(r)))
            return [localizer["Choose at least one role."]];
        var depots = form.DepotIds.Distinct().ToList();
        if (await db.Depots.CountAsync(d => depots.Contains(d.Id)) != depots.Count)
            return [localizer["Choose a depot."]];
        if (form.DepartmentId is { } department && !await db.Departments.AnyAsync(d => d.Id == department))
            return [localizer["Choose a department."]];
        return null;
    }
}
