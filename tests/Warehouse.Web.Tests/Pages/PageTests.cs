using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ClosedXML.Excel;
using Microsoft.EntityFrameworkCore;
using Warehouse.Domain.Auditing;

namespace Warehouse.Web.Tests.Pages;

public sealed class PageTests(WarehouseFactory factory) : IClassFixture<WarehouseFactory>
{
    [Fact]
    public async Task Pages_speak_chinese_by_default_and_english_when_the_browser_asks()
    {
        var chinese = await (await factory.SignedInClientAsync("auditor")).GetStringAsync("/Stock");
        var english = await (await factory.SignedInClientAsync("auditor", "en-US,en;q=0.9")).GetStringAsync("/Stock");

        Assert.Contains("库存查询", chinese);
        Assert.Contains("防护用品", chinese);
        Assert.Contains("Stock on hand", english);
        Assert.Contains("Protective gear", english);
        Assert.DoesNotContain("Class.", english);
    }

    [Fact]
    public async Task The_language_switch_sticks_in_a_cookie()
    {
        var client = await factory.SignedInClientAsync("auditor");
        var switched = await client.PostFormAsync("/Stock", "/Account/Language", new() { ["culture"] = "en", ["returnUrl"] = "/Stock" });
        Assert.Equal(HttpStatusCode.Redirect, switched.StatusCode);
        Assert.Contains("Stock on hand", await client.GetStringAsync("/Stock"));
    }

    [Fact]
    public async Task Signing_in_is_audited_and_a_wrong_password_gets_a_message()
    {
        var client = factory.CreateClient(new() { AllowAutoRedirect = false });
        var wrong = await client.PostFormAsync("/Account/Login", "/Account/Login", new() { ["UserName"] = "manager", ["Password"] = "wrong-password" });
        Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        Assert.Contains("用户名或密码错误", await wrong.Content.ReadAsStringAsync());

        await factory.SignedInClientAsync("manager");

        await using var db = factory.NewDbContext();
        Assert.True(await db.AuditEntries.AnyAsync(a => a.UserName == "manager" && a.Action == AuditActions.LoginFailed));
        Assert.True(await db.AuditEntries.AnyAsync(a => a.UserName == "manager" && a.Action == AuditActions.LoginSucceeded));
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_even_against_the_right_one()
    {
        var client = factory.CreateClient(new() { AllowAutoRedirect = false });
        for (var i = 0; i < 5; i++)
            await client.PostFormAsync("/Account/Login", "/Account/Login", new() { ["UserName"] = "dept", ["Password"] = "guess" + i });

        var right = await client.PostFormAsync("/Account/Login", "/Account/Login", new() { ["UserName"] = "dept", ["Password"] = WarehouseFactory.Password });

        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        Assert.Contains("锁定", await right.Content.ReadAsStringAsync());
        await using var db = factory.NewDbContext();
        Assert.True(await db.AuditEntries.AnyAsync(a => a.UserName == "dept" && a.Action == AuditActions.LockedOut));
    }

    [Fact]
    public async Task A_form_posted_without_its_antiforgery_token_is_refused()
    {
        var client = await factory.SignedInClientAsync("admin");
        var response = await client.PostAsync("/Departments/Create", new FormUrlEncodedContent(new Dictionary<string, string> { ["Code"] = "XSRF", ["Name"] = "伪造" }));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        await using var db = factory.NewDbContext();
        Assert.False(await db.Departments.AnyAsync(d => d.Code == "XSRF"));
    }

    [Fact]
    public async Task A_cookie_api_post_needs_the_pages_antiforgery_token()
    {
        var client = await factory.SignedInClientAsync("keeper");
        var body = new { depot = "CR", reason = "InternalUse", clientId = "cookie-1", lines = new[] { new { code = "FH-0005", quantity = 1 } } };

        var without = await client.PostAsJsonAsync("/api/issues", body);
        Assert.Equal(HttpStatusCode.BadRequest, without.StatusCode);

        var token = await client.AntiforgeryTokenAsync("/Stock/Issue");
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/issues") { Content = JsonContent.Create(body) };
        request.Headers.Add("RequestVerificationToken", token);
        var with = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.Created, with.StatusCode);
        Assert.Equal("keeper", (await with.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("userName").GetString());
    }

    [Fact]
    public async Task Keepers_see_only_their_own_depots()
    {
        var keeper = await factory.SignedInClientAsync("keeper");
        var html = await keeper.GetStringAsync("/Stock?size=1000");
        Assert.Contains("江澜市应急物资储备中心库", html);
        await using var db = factory.NewDbContext();
        var others = await db.Depots.Where(d => d.Code != "CR" && d.Code != "SC1").Select(d => d.Name).ToListAsync();
        Assert.All(others, name => Assert.DoesNotContain(name, html));

        var body = new { depot = "SC3", reason = "InternalUse", clientId = "keeper-sc3", lines = new[] { new { code = "FH-0001", quantity = 1 } } };
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/issues") { Content = JsonContent.Create(body) };
        request.Headers.Add("RequestVerificationToken", await keeper.AntiforgeryTokenAsync("/Stock/Issue"));
        Assert.Equal(HttpStatusCode.Forbidden, (await keeper.SendAsync(request)).StatusCode);
    }

    [Fact]
    public async Task Auditors_read_everything_but_change_nothing()
    {
        var auditor = await factory.SignedInClientAsync("auditor");
        Assert.Equal(HttpStatusCode.OK, (await auditor.GetAsync("/Stock/Ledger")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await auditor.GetAsync("/Audit")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await auditor.GetAsync("/Stock/Receive")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await auditor.GetAsync("/Items/Create")).StatusCode);

        var request = new HttpRequestMessage(HttpMethod.Post, "/api/receipts")
        {
            Content = JsonContent.Create(new { depot = "CR", reason = "Purchase", clientId = "auditor-1", lines = new[] { new { code = "FH-0001", quantity = 1 } } }),
        };
        request.Headers.Add("RequestVerificationToken", await auditor.AntiforgeryTokenAsync("/Stock"));
        Assert.Equal(HttpStatusCode.Forbidden, (await auditor.SendAsync(request)).StatusCode);
    }

    [Fact]
    public async Task Stock_filters_by_class_and_below_quota_and_pages()
    {
        var client = await factory.SignedInClientAsync("auditor", "en");
        var below = await client.GetStringAsync("/Stock?belowQuota=true");
        Assert.Contains("below-quota", below);
        Assert.DoesNotContain("<tr class=\"\">", below);

        var paged = await client.GetStringAsync("/Stock?size=5&page=2");
        Assert.Contains("Page 2 of", paged);

        var detail = await client.GetStringAsync("/Stock?view=detail&nearExpiry=true");
        Assert.Contains("near-expiry", detail);
        Assert.Contains("expired", detail);
    }

    [Fact]
    public async Task Stock_and_ledger_export_to_excel_with_their_rows()
    {
        var client = await factory.SignedInClientAsync("auditor");
        var stock = await client.GetAsync("/Stock/Export?depot=CR&class=ProtectiveGear");
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", stock.Content.Headers.ContentType?.MediaType);
        using (var book = new XLWorkbook(await stock.Content.ReadAsStreamAsync()))
        {
            var sheet = book.Worksheets.First();
            Assert.Equal("储备库", sheet.Cell(3, 1).GetString());
            Assert.Equal("FH-0001", sheet.Cell(4, 2).GetString());
            Assert.True(sheet.LastRowUsed()!.RowNumber() > 4);
        }

        var ledger = await client.GetAsync("/Stock/ExportLedger?item=FH-0001");
        using var ledgerBook = new XLWorkbook(await ledger.Content.ReadAsStreamAsync());
        Assert.Contains(ledgerBook.Worksheets.First().RowsUsed().Skip(3), r => r.Cell(6).GetString() == "FH-0001");
    }

    /// The ledger is paged before its rows are joined to their documents and items: two pages of two are the first
    /// page of four, newest first, for the whole ledger and for one depot.
    [Theory]
    [InlineData("")]
    [InlineData("&depot=CR")]
    public async Task The_ledgers_pages_follow_each_other_newest_first(string depot)
    {
        var client = await factory.SignedInClientAsync("auditor", "en");
        async Task<List<string>> RowsAsync(int page, int size) => System.Text.RegularExpressions.Regex.Matches(
                await client.GetStringAsync($"/Stock/Ledger?page={page}&size={size}{depot}"),
                @"<tr>\s*<td[^>]*>.*?</tr>", System.Text.RegularExpressions.RegexOptions.Singleline)
            .Select(m => m.Value).ToList();

        var four = await RowsAsync(1, 4);

        Assert.Equal(4, four.Count);
        Assert.Equal(four, [.. await RowsAsync(1, 2), .. await RowsAsync(2, 2)]);
    }

    [Fact]
    public async Task An_invalid_item_form_gets_a_message_and_saves_nothing()
    {
        var admin = await factory.SignedInClientAsync("admin", "en");
        var response = await admin.PostFormAsync("/Items/Create", "/Items/Create", new()
        {
            ["Code"] = "帐篷 1", ["Name"] = "测试", ["Class"] = "Lighting", ["Unit"] = "个", ["Tracking"] = "None", ["UnitPrice"] = "10", ["Gtin"] = "123",
        });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("text-danger", html);
        await using var db = factory.NewDbContext();
        Assert.False(await db.Items.AnyAsync(i => i.Name == "测试"));
    }

    [Fact]
    public async Task An_administrator_adds_an_item_and_the_change_is_audited()
    {
        var admin = await factory.SignedInClientAsync("admin");
        var response = await admin.PostFormAsync("/Items/Create", "/Items/Create", new()
        {
            ["Code"] = "ZM-0999", ["Name"] = "头灯", ["Specification"] = "LED 3W", ["Class"] = "Lighting", ["Unit"] = "个", ["Tracking"] = "None",
            ["UnitPrice"] = "35.5", ["Returnable"] = "true", ["Active"] = "true",
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var db = factory.NewDbContext();
        var item = await db.Items.SingleAsync(i => i.Code == "ZM-0999");
        Assert.Equal(35.5m, item.UnitPrice);
        Assert.True(await db.AuditEntries.AnyAsync(a => a.Action == AuditActions.CatalogCreated && a.Subject == "item ZM-0999" && a.UserName == "admin"));
        Assert.Contains("头灯", await admin.GetStringAsync("/Items?search=ZM-0999"));
    }

    [Fact]
    public async Task Unknown_pages_and_records_get_a_friendly_page_not_a_stack_trace()
    {
        var client = await factory.SignedInClientAsync("auditor");
        var missing = await client.GetAsync("/Stock/Document/999999");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        var html = await missing.Content.ReadAsStringAsync();
        Assert.Contains("problem-message", html);
        Assert.DoesNotContain("Exception", html);
    }

    [Fact]
    public async Task Every_page_in_the_menu_renders_for_the_administrator()
    {
        var admin = await factory.SignedInClientAsync("admin");
        foreach (var page in new[] { "/", "/Stock", "/Stock?view=detail", "/Stock/Ledger", "/Stock/Receive", "/Stock/Issue", "/Items", "/Items/Details/1", "/Items/Edit/1", "/Depots", "/Depots/Edit/1", "/Locations", "/Quotas", "/Departments", "/Stations", "/Audit", "/Requests", "/Requests/Create", "/Requests/Details/1", "/Board", "/Deliver", "/Reports/TransferTimes", "/Workflow" })
        {
            var response = await admin.GetAsync(page);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{page}: {response.StatusCode}");
        }
    }
}
