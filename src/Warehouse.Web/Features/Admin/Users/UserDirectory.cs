using Microsoft.EntityFrameworkCore;
using Warehouse.Data;
using Warehouse.Web.Features.Shared;

namespace Warehouse.Web.Features.Admin.Users;

/// Reads users for the administration pages: the filtered, paged list and one user's form.
public sealed class UserDirectory(WarehouseDbContext db, TimeProvider time)
{
    public async Task<UsersPage> ListAsync(UserFilter filter, string path, IQueryCollection query, CancellationToken cancellationToken)
    {
        var users = db.Users.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(filter.Q))
            users = users.Where(u => u.UserName!.Contains(filter.Q.Trim()) || u.DisplayName.Contains(filter.Q.Trim()));
        if (!string.IsNullOrWhiteSpace(filter.Role))
            users = users.Where(u => db.UserRoles.Any(ur => ur.UserId == u.Id
                && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == filter.Role)));
        if (filter.Disabled is { } disabled)
            users = users.Where(u => u.Disabled == disabled);
        var total = await users.CountAsync(cancellationToken);
        var pages = Math.Max(1, (total + UserFilter.Size - 1) / UserFilter.Size);
        var page = Math.Clamp(filter.Page, 1, pages);
        var found = await users.OrderBy(u => u.UserName).Skip((page - 1) * UserFilter.Size).Take(UserFilter.Size)
            .Select(u => new { u.Id, u.UserName, u.DisplayName, u.Disabled, u.LockoutEnd, u.MustChangePassword, u.TwoFactorEnabled })
            .ToListAsync(cancellationToken);
        var roles = await RolesOfAsync(found.Select(u => u.Id).ToList(), cancellationToken);
        // LockoutEnd is a DateTimeOffset, which SQLite cannot compare in SQL: the page's few rows are judged here.
        var now = time.GetUtcNow();
        var rows = found.Select(u => new UserRow(u.Id, u.UserName!, u.DisplayName, roles[u.Id].ToList(), u.Disabled, u.LockoutEnd > now,
            u.MustChangePassword, u.TwoFactorEnabled)).ToList();
        return new UsersPage(rows, filter, new PagerModel(page, pages, total, path, query));
    }

    public async Task<EditUserForm?> FormAsync(string id, CancellationToken cancellationToken)
    {
        var user = await db.Users.AsNoTracking().Include(u => u.Depots).SingleOrDefaultAsync(u => u.Id == id, cancellationToken);
        if (user is null)
            return null;
        var roles = await RolesOfAsync([id], cancellationToken);
        return new EditUserForm
        {
            Id = user.Id, UserName = user.UserName!, DisplayName = user.DisplayName, Roles = roles[id].ToList(),
            DepotIds = user.Depots.Select(d => d.DepotId).ToList(), DepartmentId = user.DepartmentId,
            Disabled = user.Disabled, LockedOut = user.LockoutEnd > time.GetUtcNow(),
        };
    }

    public async Task<UserChoices> ChoicesAsync(CancellationToken cancellationToken) => new(
        await db.Depots.AsNoTracking().OrderBy(d => d.Code).ToListAsync(cancellationToken),
        await db.Departments.AsNoTracking().OrderBy(d => d.Code).ToListAsync(cancellationToken));

    private async Task<ILookup<string, string>> RolesOfAsync(List<string> ids, CancellationToken cancellationToken) =>
        (await db.UserRoles.Where(ur => ids.Contains(ur.UserId))
            .Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => new { ur.UserId, r.Name })
            .ToListAsync(cancellationToken)).ToLookup(x => x.UserId, x => x.Name!);
}
