using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Warehouse.Data;
using Warehouse.Data.Auditing;
using Warehouse.Data.Identity;
using Warehouse.Domain.Auditing;
using Warehouse.Domain.Common;
using Warehouse.Domain.Constants;
using Warehouse.Domain.Setup;
using Warehouse.Web.Infrastructure;

namespace Warehouse.Web.Features.Setup;

/// What the first-run set-up asks for: the first administrator and the bureau.
public sealed record FirstRun(string UserName, string DisplayName, string Password, string BureauName, string TimeZone);

/// How a set-up attempt ended: done (with the new administrator), or refused with the reasons in the caller's language.
public sealed record FirstRunResult(WarehouseUser? Administrator, IReadOnlyList<string> Errors, bool AlreadyDone = false)
{
    public bool Done => Administrator is not null;
}

/// Creates the first administrator and the bureau's record in one transaction, only while the database has no user
/// at all; the page and the `setup` command both come here.
public sealed class FirstAdministrator(UserManager<WarehouseUser> users, RoleManager<IdentityRole> roles, WarehouseDbContext db,
    AuditTrail audit, BureauClock clock, BureauProfile profile, IStringLocalizer<SharedResource> localizer)
{
    /// Whether the set-up is still possible: no user exists yet.
    public async Task<bool> IsOpenAsync() => !await db.Users.AnyAsync();

    public Task<FirstRunResult> CreateAsync(FirstRun run, string? origin) =>
        db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            var result = await CreateInTransactionAsync(run, origin);
            if (result.Done)
                await transaction.CommitAsync();
            return result;
        });

    private async Task<FirstRunResult> CreateInTransactionAsync(FirstRun run, string? origin)
    {
        if (!await IsOpenAsync())
            return Refused(Errors.SetupAlreadyDone(), alreadyDone: true);
        Bureau bureau;
        try
        {
            bureau = new Bureau(run.BureauName, run.TimeZone, clock.UtcNow);
        }
        catch (DomainException refused)
        {
            return Refused(refused.Error);
        }
        var administrator = new WarehouseUser
        {
            UserName = run.UserName.Trim(),
            DisplayName = string.IsNullOrWhiteSpace(run.DisplayName) ? run.UserName.Trim() : run.DisplayName.Trim(),
            EmailConfirmed = true, LockoutEnabled = true,
        };
        var created = await users.CreateAsync(administrator, run.Password);
        if (!created.Succeeded)
            return new FirstRunResult(null, created.Errors.Select(e => e.Description).ToList());
        await EnsureRolesAsync();
        await users.AddToRoleAsync(administrator, Roles.Administrator);
        db.Bureaus.Add(bureau);
        audit.Record(new AuditActor(administrator.UserName, origin), AuditActions.BureauSetUp, $"bureau {bureau.Name}",
            $"first administrator {administrator.UserName}; time zone {bureau.TimeZoneId}");
        await db.SaveChangesAsync();
        profile.Apply(bureau);
        return new FirstRunResult(administrator, []);
    }

    private async Task EnsureRolesAsync()
    {
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
                await roles.CreateAsync(new IdentityRole(role));
        }
    }

    private FirstRunResult Refused(DomainError error, bool alreadyDone = false) =>
        new(null, [ApiProblems.Localize(error, localizer)], alreadyDone);
}
