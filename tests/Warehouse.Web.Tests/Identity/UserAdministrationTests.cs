using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Warehouse.Domain.Auditing;
using Warehouse.Domain.Constants;

namespace Warehouse.Web.Tests.Identity;

public sealed class UserAdministrationTests(IdentityFactory factory) : IClassFixture<IdentityFactory>
{
    [Fact]
    public async Task Disabling_a_user_ends_their_session_and_their_sign_in_gets_the_wrong_password_message()
    {
        var keeper = factory.ClientFrom("10.6.0.1");
        await IdentityFactory.LoginAsync(keeper, "keeper", WarehouseFactory.Password);
        var admin = factory.ClientFrom("10.6.0.2");
        await IdentityFactory.LoginAsync(admin, "admin", WarehouseFactory.Password);

        var id = await IdAsync("keeper");
        var disabled = await admin.PostFormAsync($"/Admin/Users/Edit/{id}", $"/Admin/Users/Disable/{id}", new() { ["reason"] = "调离岗位" });

        Assert.Equal(HttpStatusCode.Redirect, disabled.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await keeper.GetAsync("/Stock")).StatusCode);
        var again = await IdentityFactory.LoginAsync(factory.ClientFrom("10.6.0.3"), "keeper", WarehouseFactory.Password);
        Assert.Contains("用户名或密码错误", await again.Content.ReadAsStringAsync());
        await using var db = factory.NewDbContext();
        Assert.True(await db.AuditEntries.AnyAsync(a => a.Action == AuditActions.UserDisabled && a.UserName == "admin"
            && a.Subject == "user keeper" && a.Detail!.Contains("调离岗位") && a.Origin == "10.6.0.2"));

        await admin.PostFormAsync($"/Admin/Users/Edit/{id}", $"/Admin/Users/Enable/{id}", new() { ["reason"] = "返岗" });
        Assert.Equal(HttpStatusCode.Redirect, (await IdentityFactory.LoginAsync(factory.ClientFrom("10.6.0.3"), "keeper", WarehouseFactory.Password)).StatusCode);
    }

    [Fact]
    public async Task The_last_active_administrator_can_be_neither_disabled_nor_demoted()
    {
        var admin = factory.ClientFrom("10.6.0.4");
        await IdentityFactory.LoginAsync(admin, "admin", WarehouseFactory.Password);
        var id = await IdAsync("admin");

        await admin.PostFormAsync($"/Admin/Users/Edit/{id}", $"/Admin/Users/Disable/{id}", new() { ["reason"] = "试验" });
        Assert.Contains("最后一位在用的系统管理员", await admin.GetStringAsync($"/Admin/Users/Edit/{id}"));
        var demoted = await admin.PostFormAsync($"/Admin/Users/Edit/{id}", $"/Admin/Users/Edit/{id}",
            new() { ["DisplayName"] = "王强", ["Roles"] = Roles.Manager, ["Reason"] = "试验" });
        Assert.Contains("最后一位在用的系统管理员", await demoted.Content.ReadAsStringAsync());

        await using var db = factory.NewDbContext();
        Assert.False(await db.Users.Where(u => u.UserName == "admin").Select(u => u.Disabled).SingleAsync());
    }

    [Fact]
    public async Task A_user_whose_password_was_reset_gets_403_PasswordChangeRequired_from_the_api()
    {
        var admin = factory.ClientFrom("10.6.0.5");
        await IdentityFactory.LoginAsync(admin, "admin", WarehouseFactory.Password);
        var id = await IdAsync("auditor");
        var reset = await admin.PostFormAsync($"/Admin/Users/Edit/{id}", $"/Admin/Users/ResetPassword/{id}",
            new() { ["password"] = "Temporary#2026x", ["reason"] = "忘记密码" });
        Assert.Equal(HttpStatusCode.Redirect, reset.StatusCode);

        var auditor = factory.ClientFrom("10.6.0.6");
        await IdentityFactory.LoginAsync(auditor, "auditor", "Temporary#2026x");
        var api = await auditor.GetAsync("/api/codes/FH-0005");

        Assert.Equal(HttpStatusCode.Forbidden, api.StatusCode);
        using var problem = JsonDocument.Parse(await api.Content.ReadAsStringAsync());
        Assert.Equal("PasswordChangeRequired", problem.RootElement.GetProperty("code").GetString());
    }

    [Fact]
    public async Task Only_administrators_reach_people_administration()
    {
        var manager = factory.ClientFrom("10.6.0.7");
        await IdentityFactory.LoginAsync(manager, "manager", WarehouseFactory.Password);
        var response = await manager.GetAsync("/Admin/Users");
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    private async Task<string> IdAsync(string userName)
    {
        await using var db = factory.NewDbContext();
        return await db.Users.Where(u => u.UserName == userName).Select(u => u.Id).SingleAsync();
    }
}
