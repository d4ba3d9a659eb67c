using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Warehouse.Domain.Auditing;

namespace Warehouse.Web.Tests.Integrity;

public sealed partial class AuditPageTests(WarehouseFactory factory) : IClassFixture<WarehouseFactory>
{
    [Fact]
    public async Task The_audit_page_lists_the_newest_entries_first_when_no_filter_is_given()
    {
        var admin = await factory.SignedInClientAsync("admin");

        var rows = Rows(await admin.GetStringAsync("/Audit"));

        await using var db = factory.NewDbContext();
        var newest = await db.AuditEntries.OrderByDescending(a => a.Id).Take(rows.Count)
            .Select(a => new { a.UserName, a.Action }).ToListAsync();
        Assert.NotEmpty(rows);
        Assert.Equal(Math.Min(100, await db.AuditEntries.CountAsync()), rows.Count);
        Assert.Equal(newest.Select(a => (a.UserName, a.Action)), rows);
        Assert.Equal(("admin", AuditActions.LoginSucceeded), rows[0]);
    }

    [Fact]
    public async Task The_audit_page_filters_by_the_action_and_user_in_the_query_string()
    {
        await factory.SignedInClientAsync("manager");
        var admin = await factory.SignedInClientAsync("admin");

        var logins = Rows(await admin.GetStringAsync($"/Audit?action={AuditActions.LoginSucceeded}"));
        var managers = Rows(await admin.GetStringAsync($"/Audit?action=login&user=manager"));
        var nobody = Rows(await admin.GetStringAsync("/Audit?user=no-such-user-xyz"));

        Assert.Contains(("manager", AuditActions.LoginSucceeded), logins);
        Assert.All(logins, r => Assert.Equal(AuditActions.LoginSucceeded, r.Action));
        Assert.NotEmpty(managers);
        Assert.All(managers, r => Assert.Equal("manager", r.User));
        Assert.Empty(nobody);
    }

    private static List<(string User, string Action)> Rows(string html) =>
        Row().Matches(html).Select(m => (WebUtility.HtmlDecode(m.Groups[1].Value), WebUtility.HtmlDecode(m.Groups[2].Value))).ToList();

    [GeneratedRegex("<td class=\"text-nowrap\">[^<]*</td><td>([^<]*)</td>\\s*<td class=\"wh-code\">([^<]*)</td>")]
    private static partial Regex Row();
}
