using Microsoft.EntityFrameworkCore;
using Warehouse.Data;
using Warehouse.Data.Approvals;
using Warehouse.Data.Auditing;
using Warehouse.Data.Stock;
using Warehouse.Domain.Approvals;
using Warehouse.Domain.Common;
using Warehouse.Domain.Constants;
using Warehouse.Web.Infrastructure;

namespace Warehouse.Web.Features.Allocation.Delegations;

public sealed class DelegationForm
{
    public string? Deputy { get; set; }
    public DateOnly? From { get; set; }
    public DateOnly? Until { get; set; }
}

/// The caller's delegations: those they gave (revocable) and those naming them; the approvers they may name; the form.
public sealed record DelegationsPage(IReadOnlyList<Delegation> Given, IReadOnlyList<Delegation> Received,
    IReadOnlyList<(string UserName, string DisplayName)> Approvers, DelegationForm Form, string? Problem);

/// Builds the delegations page and names or revokes the caller's deputies, a period of whole days in the bureau's zone.
public sealed class DelegationPages(DelegationBook book, WarehouseDbContext db, CurrentUser user, BureauClock clock)
{
    public async Task<DelegationsPage> PageAsync(DelegationForm? form, string? problem, CancellationToken cancellationToken)
    {
        var all = await book.OfAsync(user.UserName, cancellationToken);
        var approvers = await (
            from u in db.Users
            where u.UserName != user.UserName && !u.Disabled
            join ur in db.UserRoles on u.Id equals ur.UserId
            join r in db.Roles on ur.RoleId equals r.Id
            where Roles.Approvers.Contains(r.Name!) && r.Name != Roles.Administrator
            select new { UserName = u.UserName!, u.DisplayName }).Distinct().OrderBy(u => u.UserName).ToListAsync(cancellationToken);
        return new DelegationsPage(all.Where(d => d.PrincipalUserName == user.UserName).ToList(),
            all.Where(d => d.DeputyUserName == user.UserName).ToList(),
            approvers.Select(a => (a.UserName, a.DisplayName ?? a.UserName)).ToList(),
            form ?? new DelegationForm { From = clock.Today, Until = clock.Today.AddDays(6) }, problem);
    }

    public Task<Outcome<int>> NameAsync(DelegationForm form)
    {
        var from = StartOf(form.From ?? clock.Today);
        var until = StartOf((form.Until ?? clock.Today).AddDays(1));
        var roles = Roles.All.Where(user.IsInRole).ToHashSet();
        return book.NameAsync(user.UserName, roles, form.Deputy ?? "", from, until, Who);
    }

    public Task<Outcome<int>> RevokeAsync(int id) => book.RevokeAsync(id, user.UserName, Who);

    private DateTime StartOf(DateOnly day) =>
        TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified), clock.Zone);

    private AuditActor Who => AuditActor.Of(user.ToActor());
}
