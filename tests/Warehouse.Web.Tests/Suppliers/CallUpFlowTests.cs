using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Warehouse.Data.Allocation;
using Warehouse.Data.Allocation.Steps;
using Warehouse.Domain.Allocation;
using Warehouse.Domain.Catalog;
using Warehouse.Domain.Constants;
using Warehouse.Domain.Suppliers;

namespace Warehouse.Web.Tests.Suppliers;

/// Agreement reserves through the real pipeline: a manager records a supplier and an agreement, an approval sources a
/// line from it, the order is sent with its code, and the site confirms the delivery by that code, timed against the
/// agreement; bad forms and codes are refused with the words of the page's language and change nothing.
public sealed partial class CallUpFlowTests(WarehouseFactory factory) : IClassFixture<WarehouseFactory>
{
    private static readonly WorkflowActor Manager = new("manager", new HashSet<string> { Roles.Manager }, [], null);

    private async Task<(int Id, string Code)> ItemAsync()
    {
        await using var db = factory.NewDbContext();
        // An item whose request of 40 needs one step of a manager's: no reserve floor to break, far below the large value.
        return await db.Items.Where(i => i.Tracking == TrackingMode.None && i.UnitPrice < 1000m
                && !db.Quotas.Any(q => q.ItemId == i.Id && q.ReserveFloor > 0))
            .OrderBy(i => i.Code).Select(i => ValueTuple.Create(i.Id, i.Code)).FirstAsync();
    }

    private static Task<HttpResponseMessage> AgreementAsync(HttpClient client, string number, string from, string to, string lines) =>
        client.PostFormAsync("/Suppliers/Agreement", "/Suppliers/Agreement", new()
        {
            ["SupplierId"] = "0", ["Number"] = number, ["ValidFrom"] = from, ["ValidTo"] = to, ["ResponseHours"] = "6", ["Lines"] = lines,
        });

    private async Task<int> SupplierAsync(HttpClient manager, string code)
    {
        var saved = await manager.PostFormAsync("/Suppliers/Create", "/Suppliers/Create",
            new() { ["Code"] = code, ["Name"] = "江澜饮用水公司", ["Contact"] = "钱经理", ["Phone"] = "13600000000" });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        await using var db = factory.NewDbContext();
        return await db.Suppliers.Where(s => s.Code == code).Select(s => s.Id).SingleAsync();
    }

    private async Task<int> SubmittedAsync(int item, int quantity)
    {
        using var scope = factory.Services.CreateScope();
        var services = scope.ServiceProvider;
        var draft = await services.GetRequiredService<Drafting>().SaveDraftAsync(null, null, new DraftInput("测试：协议调用",
            EmergencyLevel.III, DateTime.UtcNow.AddHours(2), DestinationKind.Township, null, "青石乡", 30.25, 120.25, "李明",
            "13800000000", null, [(item, quantity)]), Manager, null);
        Assert.True(draft.Succeeded, draft.Error?.Message);
        Assert.True((await services.GetRequiredService<RequestTriggers>().FireAsync(draft.Value, 1, RequestTrigger.Submit, null, Manager))
            .Succeeded);
        return draft.Value;
    }

    [Fact]
    public async Task A_line_sourced_from_a_supplier_agreement_is_called_up_delivered_to_the_site_by_its_code_and_timed()
    {
        var manager = await factory.SignedInClientAsync("manager");
        var supplier = await SupplierAsync(manager, "SUP-WATER");
        var (item, code) = await ItemAsync();
        var saved = await manager.PostFormAsync("/Suppliers/Agreement", "/Suppliers/Agreement", new()
        {
            ["SupplierId"] = supplier.ToString(), ["Number"] = "XY-WEB-01", ["ValidFrom"] = "2026-01-01", ["ValidTo"] = "2099-12-31",
            ["ResponseHours"] = "6", ["Lines"] = $"{code} 500",
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var request = await SubmittedAsync(item, 40);
        await using var db = factory.NewDbContext();
        var agreement = await db.SupplyAgreements.Where(a => a.Number == "XY-WEB-01").Select(a => a.Id).SingleAsync();
        var version = await db.AllocationRequests.Where(r => r.Id == request).Select(r => r.Version).SingleAsync();

        Assert.Contains("data-agreement=\"XY-WEB-01\"", await manager.GetStringAsync($"/Requests/Approve/{request}"));
        var approved = await manager.PostFormAsync($"/Requests/Approve/{request}", $"/Requests/Approve/{request}", new()
        {
            ["Version"] = version.ToString(), ["Lines[0].ItemId"] = item.ToString(), ["Lines[0].Approved"] = "40",
            ["Lines[0].CallUps[0].AgreementId"] = agreement.ToString(), ["Lines[0].CallUps[0].Quantity"] = "40",
        });
        Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);
        var callUp = await db.CallUps.AsNoTracking().SingleAsync(c => c.RequestId == request);
        var order = await manager.PostFormAsync($"/CallUps/Details/{callUp.Id}", $"/CallUps/Send/{callUp.Id}", []);
        var shortCode = ShortCode().Match(await order.Content.ReadAsStringAsync()).Groups[1].Value;

        var wrong = await manager.PostFormAsync("/CallUps/Deliver", "/CallUps/Deliver", new() { ["Code"] = "ZZZZZ-ZZZZZ" });
        var delivered = await manager.PostFormAsync("/CallUps/Deliver", "/CallUps/Deliver", new() { ["Code"] = shortCode, ["Note"] = "到货" });

        Assert.Equal(HttpStatusCode.NotFound, wrong.StatusCode);
        Assert.Contains("没有待送达的调用单", WebUtility.HtmlDecode(await wrong.Content.ReadAsStringAsync()));
        Assert.Equal(HttpStatusCode.Redirect, delivered.StatusCode);
        db.ChangeTracker.Clear();
        var done = await db.CallUps.AsNoTracking().SingleAsync(c => c.Id == callUp.Id);
        Assert.Equal((CallUpState.Delivered, true, "manager"), (done.State, done.OnTime, done.DeliveredBy));
        Assert.Equal(40, await db.AgreementLines.Where(l => l.AgreementId == agreement).Select(l => l.Drawn).SingleAsync());
        var list = WebUtility.HtmlDecode(await manager.GetStringAsync("/CallUps"));
        Assert.Contains(callUp.Number, list);
        Assert.Contains("按时", list);
        Assert.Contains("460", WebUtility.HtmlDecode(await manager.GetStringAsync("/Suppliers")));
    }

    [Fact]
    public async Task A_bad_agreement_form_is_refused_in_the_pages_language_and_saves_nothing()
    {
        var manager = await factory.SignedInClientAsync("manager");
        var english = await factory.SignedInClientAsync("manager", "en");
        var supplier = await SupplierAsync(manager, "SUP-BAD");
        var (_, code) = await ItemAsync();
        async Task<(HttpStatusCode, string)> Save(HttpClient client, string from, string to, string lines)
        {
            var response = await client.PostFormAsync("/Suppliers/Agreement", "/Suppliers/Agreement", new()
            {
                ["SupplierId"] = supplier.ToString(), ["Number"] = "XY-BAD", ["ValidFrom"] = from, ["ValidTo"] = to,
                ["ResponseHours"] = "4", ["Lines"] = lines,
            });
            return (response.StatusCode, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
        }

        var backwards = await Save(manager, "2026-06-01", "2026-05-01", $"{code} 5");
        var fraction = await Save(manager, "2026-01-01", "2026-12-31", $"{code} 2.5");
        var twice = await Save(english, "2026-01-01", "2026-12-31", $"{code} 5\n{code} 3");
        var unknownSupplier = await AgreementAsync(manager, "XY-BAD", "2026-01-01", "2026-12-31", $"{code} 5");

        Assert.Equal(HttpStatusCode.BadRequest, backwards.Item1);
        Assert.Contains("截止日期不能早于生效日期", backwards.Item2);
        Assert.Contains("2.5", fraction.Item2);
        Assert.Contains("Each item appears once on an agreement.", twice.Item2);
        Assert.Equal(HttpStatusCode.NotFound, unknownSupplier.StatusCode);
        await using var db = factory.NewDbContext();
        Assert.False(await db.SupplyAgreements.AnyAsync(a => a.Number == "XY-BAD"));
    }

    [GeneratedRegex("data-testid=\"short-code\">([^<]+)<")]
    private static partial Regex ShortCode();
}
