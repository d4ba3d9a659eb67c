using System.Net;
using Microsoft.EntityFrameworkCore;
using Warehouse.Domain.Auditing;

namespace Warehouse.Web.Tests.Identity;

public sealed class AuditTrailTests(IdentityFactory factory) : IClassFixture<IdentityFactory>
{
    [Fact]
    public async Task A_catalog_edit_is_audited_under_the_administrator_the_request_address_and_the_bureau_clock()
    {
        var admin = factory.ClientFrom("10.7.0.9");
        await IdentityFactory.LoginAsync(admin, "admin", WarehouseFactory.Password);
        await using var db = factory.NewDbContext();
        var department = await db.Departments.AsNoTracking().OrderBy(d => d.Id).FirstAsync();
        factory.Clock.Advance(TimeSpan.FromSeconds(7));
        var page = $"/Departments/Edit/{department.Id}";

        var saved = await admin.PostFormAsync(page, page,
            new() { ["Code"] = department.Code, ["Name"] = department.Name + "（审计）", ["Version"] = department.Version.ToString() });

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var audit = await db.AuditEntries.AsNoTracking().Where(a => a.Action == AuditActions.CatalogUpdated).OrderByDescending(a => a.Id).FirstAsync();
        // Chained rows keep whole microseconds (what PostgreSQL stores), so the clock's time is compared at that precision.
        var now = factory.Clock.GetUtcNow().UtcDateTime;
        Assert.Equal(("admin", "10.7.0.9", now.AddTicks(-(now.Ticks % 10))), (audit.UserName, audit.Origin, audit.At));
        Assert.NotNull(audit.Hash);
    }

    [Fact]
    public async Task A_failed_sign_in_is_audited_under_the_name_tried_not_the_anonymous_caller()
    {
        var stranger = factory.ClientFrom("10.7.0.10");

        await IdentityFactory.LoginAsync(stranger, "Keeper ", "not the password");

        await using var db = factory.NewDbContext();
        Assert.True(await db.AuditEntries.AnyAsync(a => a.Action == AuditActions.LoginFailed && a.UserName == "keeper"
            && a.Origin == "10.7.0.10" && a.Subject == "account"));
    }
}
