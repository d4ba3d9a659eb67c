using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Warehouse.Domain.Auditing;
using Warehouse.Domain.Constants;

namespace Warehouse.Web.Tests.Identity;

public sealed partial class TwoFactorJourneyTests(MfaFactory factory) : IClassFixture<MfaFactory>
{
    private const string Initial = "Initial#Pass2026";
    private const string Chosen = "Chosen#Pass2026";

    [Fact]
    public async Task A_new_manager_changes_the_password_enrols_totp_then_signs_in_with_a_code_and_a_recovery_code_works_once()
    {
        var admin = factory.ClientFrom("10.5.0.1");
        await IdentityFactory.LoginAsync(admin, "admin", WarehouseFactory.Password);
        Assert.EndsWith("/Account/TwoFactor", (await admin.GetAsync("/Admin/Users")).Headers.Location!.ToString());
        await EnrolAsync(admin);
        var created = await admin.PostFormAsync("/Admin/Users/Create", "/Admin/Users/Create", new()
        {
            ["UserName"] = "chen.jun", ["DisplayName"] = "应急物资处 副处长 陈军", ["Roles"] = Roles.Manager,
            ["Password"] = Initial, ["Reason"] = "新任副处长",
        });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);

        var manager = factory.ClientFrom("10.5.0.2");
        Assert.Equal(HttpStatusCode.Redirect, (await IdentityFactory.LoginAsync(manager, "chen.jun", Initial)).StatusCode);
        Assert.Equal("/Account/Password", (await manager.GetAsync("/Requests")).Headers.Location!.ToString());
        var changed = await manager.PostFormAsync("/Account/Password", "/Account/Password",
            new() { ["Current"] = Initial, ["New"] = Chosen, ["Confirm"] = Chosen });
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        Assert.Equal("/Account/TwoFactor", (await manager.GetAsync("/Requests")).Headers.Location!.ToString());
        var (key, codes) = await EnrolAsync(manager);
        Assert.Equal(10, codes.Count);
        Assert.Equal(HttpStatusCode.OK, (await manager.GetAsync("/Requests")).StatusCode);

        var again = factory.ClientFrom("10.5.0.3");
        var step = await IdentityFactory.LoginAsync(again, "chen.jun", Chosen);
        Assert.StartsWith("/Account/LoginWith2fa", step.Headers.Location!.ToString());
        Assert.Equal(HttpStatusCode.Redirect, (await again.GetAsync("/Requests")).StatusCode);
        var second = await again.PostFormAsync("/Account/LoginWith2fa", "/Account/LoginWith2fa", new() { ["Code"] = Totp.Code(key) });
        Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await again.GetAsync("/Requests")).StatusCode);

        Assert.Equal(HttpStatusCode.Redirect, (await RecoveryAsync(codes[0])).StatusCode);
        var reused = await RecoveryAsync(codes[0]);
        Assert.Equal(HttpStatusCode.OK, reused.StatusCode);
        Assert.Contains("验证码错误", await reused.Content.ReadAsStringAsync());

        await using var db = factory.NewDbContext();
        var trail = await db.AuditEntries.Where(a => a.UserName == "chen.jun" || a.Subject == "user chen.jun").Select(a => a.Action).ToListAsync();
        Assert.Contains(AuditActions.UserCreated, trail);
        Assert.Contains(AuditActions.PasswordChanged, trail);
        Assert.Contains(AuditActions.TwoFactorEnabled, trail);
        Assert.Contains(AuditActions.TwoFactorSucceeded, trail);
        Assert.Contains(AuditActions.RecoveryCodeUsed, trail);
        Assert.Contains(AuditActions.TwoFactorFailed, trail);
    }

    [Fact]
    public async Task A_manager_cannot_turn_off_the_second_step_their_role_requires()
    {
        var manager = factory.ClientFrom("10.5.0.4");
        await IdentityFactory.LoginAsync(manager, "manager", WarehouseFactory.Password);
        await EnrolAsync(manager);
        var refused = await manager.PostFormAsync("/Account/TwoFactor", "/Account/TwoFactor/Disable", new());
        Assert.Contains("不能关闭", await refused.Content.ReadAsStringAsync());
        await using var db = factory.NewDbContext();
        Assert.True(await db.Users.Where(u => u.UserName == "manager").Select(u => u.TwoFactorEnabled).SingleAsync());
    }

    private async Task<HttpResponseMessage> RecoveryAsync(string code)
    {
        var client = factory.ClientFrom("10.5.0.5");
        await IdentityFactory.LoginAsync(client, "chen.jun", Chosen);
        return await client.PostFormAsync("/Account/LoginWithRecoveryCode", "/Account/LoginWithRecoveryCode", new() { ["Code"] = code });
    }

    /// Scans the key as a phone would, answers with the first code, and keeps the recovery codes shown once.
    public static async Task<(string Key, List<string> Codes)> EnrolAsync(HttpClient client)
    {
        var page = await client.GetStringAsync("/Account/TwoFactor");
        Assert.Contains("src=\"data:image/svg", page);
        var key = KeyPattern().Match(page).Groups[1].Value;
        var confirmed = await client.PostFormAsync("/Account/TwoFactor", "/Account/TwoFactor/Confirm", new() { ["code"] = Totp.Code(key) });
        var html = await confirmed.Content.ReadAsStringAsync();
        var list = CodesPattern().Match(html).Groups[1].Value;
        return (key, Regex.Matches(list, "<li>([^<]+)</li>").Select(m => m.Groups[1].Value).ToList());
    }

    [GeneratedRegex("data-testid=\"authenticator-key\">([^<]+)<")]
    private static partial Regex KeyPattern();

    [GeneratedRegex("data-testid=\"recovery-codes\">(.*?)</ul>", RegexOptions.Singleline)]
    private static partial Regex CodesPattern();
}
