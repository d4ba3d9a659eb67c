using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Warehouse.Domain.Auditing;

namespace Warehouse.Web.Tests.Identity;

public sealed partial class LoginTests(IdentityFactory factory) : IClassFixture<IdentityFactory>
{
    [Fact]
    public async Task Unknown_and_existing_names_get_the_same_answers_including_after_five_failures()
    {
        var existing = factory.ClientFrom("10.1.0.1");
        var unknown = factory.ClientFrom("10.1.0.1");
        for (var attempt = 1; attempt <= 7; attempt++)
        {
            var known = await IdentityFactory.LoginAsync(existing, "auditor", "Wrong-password-" + attempt);
            var nobody = await IdentityFactory.LoginAsync(unknown, "no-such-user", "Wrong-password-" + attempt);
            Assert.Equal(HttpStatusCode.OK, known.StatusCode);
            Assert.Equal(Message(await known.Content.ReadAsStringAsync()), Message(await nobody.Content.ReadAsStringAsync()));
        }
        var locked = await IdentityFactory.LoginAsync(unknown, "no-such-user", "Wrong-password");
        Assert.Contains("锁定", Message(await locked.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task Five_bad_passwords_from_one_address_do_not_stop_the_real_user_signing_in_from_another()
    {
        var attacker = factory.ClientFrom("10.1.0.66");
        for (var i = 0; i < 6; i++)
            await IdentityFactory.LoginAsync(attacker, "keeper", "guess-" + i);

        var real = await IdentityFactory.LoginAsync(factory.ClientFrom("10.1.0.2"), "keeper", WarehouseFactory.Password);
        var attackerWithRightPassword = await IdentityFactory.LoginAsync(attacker, "keeper", WarehouseFactory.Password);

        Assert.Equal(HttpStatusCode.Redirect, real.StatusCode);
        Assert.Equal(HttpStatusCode.OK, attackerWithRightPassword.StatusCode);
        Assert.Contains("锁定", Message(await attackerWithRightPassword.Content.ReadAsStringAsync()));
        await using var db = factory.NewDbContext();
        Assert.True(await db.AuditEntries.AnyAsync(a => a.UserName == "keeper" && a.Action == AuditActions.LockedOut && a.Origin == "10.1.0.66"));
    }

    [Fact]
    public async Task An_unknown_name_costs_a_password_hash_check_like_a_known_one()
    {
        var client = factory.ClientFrom("10.1.0.3");
        var before = factory.HashChecks.Value;
        await IdentityFactory.LoginAsync(client, "nobody-at-all", "Some-password-1");
        Assert.Equal(before + 1, factory.HashChecks.Value);
    }

    private static string Message(string html) => SummaryPattern().Match(html).Groups[1].Value;

    [GeneratedRegex("validation-summary-errors[^>]*><ul><li>([^<]*)</li>")]
    private static partial Regex SummaryPattern();
}

public sealed class LoginThrottleTests(ThrottledFactory factory) : IClassFixture<ThrottledFactory>
{
    [Fact]
    public async Task Too_many_login_posts_from_one_address_are_answered_429_with_a_page_in_the_users_language()
    {
        var client = factory.ClientFrom("10.2.0.1");
        HttpResponseMessage last = new();
        for (var i = 0; i < 4; i++)
            last = await IdentityFactory.LoginAsync(client, "manager", "Wrong-password-" + i);

        Assert.Equal(HttpStatusCode.TooManyRequests, last.StatusCode);
        Assert.Contains("登录尝试次数过多", await last.Content.ReadAsStringAsync());
        var other = await IdentityFactory.LoginAsync(factory.ClientFrom("10.2.0.2"), "manager", WarehouseFactory.Password);
        Assert.Equal(HttpStatusCode.Redirect, other.StatusCode);
    }
}
