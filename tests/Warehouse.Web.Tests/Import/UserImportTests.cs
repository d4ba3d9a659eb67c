using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Warehouse.Domain.Auditing;

namespace Warehouse.Web.Tests.Import;

/// Staff from a workbook: new users get a one-time set-password link instead of a password, known users get the
/// sheet's roles, depots and department, and rows naming what does not exist are refused.
public sealed partial class UserImportTests(WarehouseFactory factory) : IClassFixture<WarehouseFactory>
{
    private static readonly string[] Headings = ["用户名", "姓名", "角色", "储备库编码", "部门编码"];
    private const string NewPassword = "Shelf#Keeper-2027";

    private static byte[] Users(params string[][] rows) => ImportWorkbooks.Sheets(("用户", Headings, rows));

    [Fact]
    public async Task A_new_user_gets_a_link_shown_once_that_sets_a_password_by_the_policy_and_then_is_burnt()
    {
        var admin = await factory.SignedInClientAsync("admin");

        var written = await ImportWorkbooks.ConfirmAsync(admin, await admin.UploadAsync(Users(["li.keeper", "李保管", "仓库保管员", "TP1,TP2", ""])));

        var link = WebUtility.HtmlDecode(LinkPattern().Match(written).Groups[1].Value);
        Assert.StartsWith("/Account/SetPassword?", new Uri(link).PathAndQuery);
        await using (var db = factory.NewDbContext())
        {
            var user = await db.Users.Include(u => u.Depots).SingleAsync(u => u.UserName == "li.keeper");
            Assert.Null(user.PasswordHash);
            Assert.Equal(2, user.Depots.Count);
            Assert.True(await db.AuditEntries.AnyAsync(a => a.Action == AuditActions.UserCreated && a.Subject == "user li.keeper"));
        }
        var stranger = factory.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = true });
        var page = new Uri(link).PathAndQuery;
        Assert.Contains("li.keeper", await stranger.GetStringAsync(page));
        var weak = await stranger.PostFormAsync(page, "/Account/SetPassword", Form(link, "short"));
        Assert.Equal(HttpStatusCode.OK, weak.StatusCode);
        Assert.Contains("text-danger", await weak.Content.ReadAsStringAsync());

        var set = await stranger.PostFormAsync(page, "/Account/SetPassword", Form(link, NewPassword));

        Assert.Equal(HttpStatusCode.Redirect, set.StatusCode);
        var login = await stranger.PostFormAsync("/Account/Login", "/Account/Login", new() { ["UserName"] = "li.keeper", ["Password"] = NewPassword });
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        Assert.DoesNotContain("Login", login.Headers.Location?.OriginalString ?? "");
        var again = await factory.CreateClient(new() { AllowAutoRedirect = false }).GetAsync(page);
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
        Assert.Contains("此链接无效", await again.Content.ReadAsStringAsync());
        Assert.DoesNotContain("SetPassword?", await (await admin.GetAsync("/Admin/Users")).Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_known_user_gets_the_sheets_roles_depots_and_department_audited_and_a_second_upload_is_unchanged()
    {
        var admin = await factory.SignedInClientAsync("admin");
        var file = Users(["keeper", "改名保管员", "仓库保管员, 审计", "SC1", "EMB"]);

        var written = await ImportWorkbooks.ConfirmAsync(admin, await admin.UploadAsync(file));

        Assert.Equal("Update", Assert.Single(ImportWorkbooks.Rows(written)).Action);
        Assert.DoesNotMatch(LinkPattern(), written);
        await using var db = factory.NewDbContext();
        var user = await db.Users.Include(u => u.Depots).ThenInclude(d => d.Depot).Include(u => u.Department)
            .SingleAsync(u => u.UserName == "keeper");
        Assert.Equal(("改名保管员", "SC1", "EMB"), (user.DisplayName, user.Depots.Single().Depot!.Code, user.Department!.Code));
        var roles = await db.UserRoles.Where(r => r.UserId == user.Id).Join(db.Roles, r => r.RoleId, r => r.Id, (_, r) => r.Name).ToListAsync();
        Assert.Equal(["Auditor", "Keeper"], roles.Order());
        Assert.True(await db.AuditEntries.AnyAsync(a => a.Action == AuditActions.UserChanged && a.Subject == "user keeper"));
        var again = ImportWorkbooks.Rows(await admin.UploadAsync(file));
        Assert.Equal("Unchanged", Assert.Single(again).Action);
    }

    [Fact]
    public async Task Unknown_roles_depots_and_departments_are_refused_row_by_row_and_nobody_is_written()
    {
        var admin = await factory.SignedInClientAsync("admin");
        await using var db = factory.NewDbContext();
        var before = await db.Users.CountAsync();

        var preview = await admin.UploadAsync(Users(
            ["zhao", "赵", "仓库管理员", "", ""], ["qian", "钱", "仓库保管员", "NOPE", ""], ["sun", "孙", "申请部门", "", "NODEPT"],
            ["张 三", "张三", "审计", "", ""], ["sun", "孙二", "审计", "", ""], ["admin", "管理员", "审计", "", ""]));

        var rows = ImportWorkbooks.Rows(preview);
        Assert.Contains("“仓库管理员”不是角色", rows.Single(r => r.Row == 3).Reason);
        Assert.Contains("都没有储备库 NOPE", rows.Single(r => r.Row == 4).Reason);
        Assert.Contains("都没有部门 NODEPT", rows.Single(r => r.Row == 5).Reason);
        Assert.Contains("用户名“张 三”只能包含", rows.Single(r => r.Row == 6).Reason);
        Assert.Contains("已在本表第 5 行出现", rows.Single(r => r.Row == 7).Reason);
        Assert.Contains("admin", rows.Single(r => r.Row == 8).Reason);
        Assert.All(rows, r => Assert.Equal("Refused", r.Action));
        Assert.Null(ImportWorkbooks.ConfirmId(preview));
        Assert.Equal(before, await db.Users.CountAsync());
    }

    private static Dictionary<string, string> Form(string link, string password)
    {
        var query = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(new Uri(link).Query);
        return new() { ["User"] = query["user"]!, ["Token"] = query["token"]!, ["New"] = password, ["Confirm"] = password };
    }

    [GeneratedRegex("<code class=\"text-break\">(.*?)</code>")]
    private static partial Regex LinkPattern();
}
