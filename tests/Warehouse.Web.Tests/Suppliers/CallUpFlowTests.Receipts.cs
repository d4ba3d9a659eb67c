using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Warehouse.Data.Allocation;
using Warehouse.Data.Allocation.Steps;
using Warehouse.Data.Suppliers;
using Warehouse.Domain.Allocation;
using Warehouse.Domain.Catalog;
using Warehouse.Domain.Constants;
using Warehouse.Domain.Stock;
using Warehouse.Domain.Suppliers;

namespace Warehouse.Web.Tests.Suppliers;

/// A call-up received into a depot takes its lots, expiry dates and serial numbers on the page, as a goods-received note;
/// requests sourced partly or wholly from agreements reach Delivered when their call-ups arrive.
public sealed partial class CallUpFlowTests
{
    private async Task<int> DraftedAsync(DestinationKind kind, int? depot, params (int Item, int Quantity)[] lines)
    {
        using var scope = factory.Services.CreateScope();
        var services = scope.ServiceProvider;
        var draft = await services.GetRequiredService<Drafting>().SaveDraftAsync(null, null, new DraftInput("测试：协议调用入库",
            EmergencyLevel.III, DateTime.UtcNow.AddHours(2), kind, depot, kind == DestinationKind.Depot ? null : "青石乡",
            kind == DestinationKind.Depot ? null : 30.25, kind == DestinationKind.Depot ? null : 120.25, "李明", "13800000000", null,
            lines), Manager, null);
        Assert.True(draft.Succeeded, draft.Error?.Message);
        Assert.True((await services.GetRequiredService<RequestTriggers>().FireAsync(draft.Value, 1, RequestTrigger.Submit, null, Manager))
            .Succeeded);
        return draft.Value;
    }

    /// An agreement of the given items (code and quantity) with a new supplier, saved on the manager's page.
    private async Task<int> AgreementOfAsync(HttpClient manager, string number, string lines)
    {
        var supplier = await SupplierAsync(manager, $"SUP-{number}");
        var saved = await manager.PostFormAsync("/Suppliers/Agreement", "/Suppliers/Agreement", new()
        {
            ["SupplierId"] = supplier.ToString(), ["Number"] = number, ["ValidFrom"] = "2026-01-01", ["ValidTo"] = "2099-12-31",
            ["ResponseHours"] = "6", ["Lines"] = lines,
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        await using var db = factory.NewDbContext();
        return await db.SupplyAgreements.Where(a => a.Number == number).Select(a => a.Id).SingleAsync();
    }

    private async Task ApproveAsync(HttpClient manager, int request, Dictionary<string, string> lines)
    {
        await using var db = factory.NewDbContext();
        var version = await db.AllocationRequests.Where(r => r.Id == request).Select(r => r.Version).SingleAsync();
        var approved = await manager.PostFormAsync($"/Requests/Approve/{request}", $"/Requests/Approve/{request}",
            new Dictionary<string, string>(lines) { ["Version"] = version.ToString() });
        Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);
    }

    private async Task<Item> SeededItemAsync(string code)
    {
        await using var db = factory.NewDbContext();
        return await db.Items.AsNoTracking().SingleAsync(i => i.Code == code);
    }

    private async Task<JsonElement> RequestAnswerAsync(HttpClient client, int request)
    {
        await using var db = factory.NewDbContext();
        var number = await db.AllocationRequests.Where(r => r.Id == request).Select(r => r.Number).SingleAsync();
        return await client.GetFromJsonAsync<JsonElement>($"/api/requests/{number}");
    }

    [Fact]
    public async Task A_call_up_into_a_depot_is_received_with_its_lot_expiry_and_serial_numbers_and_shows_on_the_stock_pages()
    {
        var manager = await factory.SignedInClientAsync("manager");
        var keeper = await factory.SignedInClientAsync("keeper");
        var english = await factory.SignedInClientAsync("keeper", "en");
        var (gauze, megaphone) = (await SeededItemAsync("SZ-0203"), await SeededItemAsync("TX-1002"));
        var agreement = await AgreementOfAsync(manager, "XY-RCV-01", "SZ-0203 200\nTX-1002 10");
        await using var db = factory.NewDbContext();
        var sc1 = await db.Depots.Where(d => d.Code == "SC1").Select(d => d.Id).SingleAsync();
        var request = await DraftedAsync(DestinationKind.Depot, sc1, (gauze.Id, 10), (megaphone.Id, 2));
        await ApproveAsync(manager, request, new()
        {
            ["Lines[0].ItemId"] = gauze.Id.ToString(), ["Lines[0].Approved"] = "10",
            ["Lines[0].CallUps[0].AgreementId"] = agreement.ToString(), ["Lines[0].CallUps[0].Quantity"] = "10",
            ["Lines[1].ItemId"] = megaphone.Id.ToString(), ["Lines[1].Approved"] = "2",
            ["Lines[1].CallUps[0].AgreementId"] = agreement.ToString(), ["Lines[1].CallUps[0].Quantity"] = "2",
        });
        var callUp = await db.CallUps.AsNoTracking().Include(c => c.Lines).SingleAsync(c => c.RequestId == request);
        var page = $"/CallUps/Details/{callUp.Id}";
        var form = await keeper.GetStringAsync(page);
        Assert.Contains("data-testid=\"receive-form\"", form);
        Assert.Contains("name=\"Lines[1].Serials\"", form);
        Dictionary<string, string> Fields(string lot, string expiry, string serials, string version) => new()
        {
            ["Version"] = version,
            ["Lines[0].ItemId"] = gauze.Id.ToString(), ["Lines[0].Quantity"] = "10", ["Lines[0].Lot"] = lot, ["Lines[0].Expiry"] = expiry,
            ["Lines[1].ItemId"] = megaphone.Id.ToString(), ["Lines[1].Quantity"] = "2", ["Lines[1].Serials"] = serials,
        };
        var expiry = DateTime.UtcNow.AddYears(2).ToString("yyyy-MM-dd");
        var version = callUp.Version.ToString();

        var twice = await keeper.PostFormAsync(page, $"/CallUps/Receive/{callUp.Id}", Fields("GZ-2611", expiry, "KY-77001\nky-77001", version));
        var noLot = await english.PostFormAsync(page, $"/CallUps/Receive/{callUp.Id}", Fields("", expiry, "KY-77001\nKY-77002", version));
        var expired = await keeper.PostFormAsync(page, $"/CallUps/Receive/{callUp.Id}", Fields("GZ-2611", "2020-01-01", "KY-77001\nKY-77002",
            version));
        var oneSerial = await keeper.PostFormAsync(page, $"/CallUps/Receive/{callUp.Id}", Fields("GZ-2611", expiry, "KY-77001", version));
        var received = await keeper.PostFormAsync(page, $"/CallUps/Receive/{callUp.Id}", Fields("GZ-2611", expiry, "KY-77001\r\nKY-77002",
            version));

        Assert.Equal(HttpStatusCode.BadRequest, twice.StatusCode);
        var twiceHtml = WebUtility.HtmlDecode(await twice.Content.ReadAsStringAsync());
        Assert.Contains("序列号 KY-77001 重复填写", twiceHtml);
        Assert.Contains("value=\"GZ-2611\"", twiceHtml);
        Assert.Contains("is batch-tracked: give a lot number and an expiry date.", WebUtility.HtmlDecode(await noLot.Content.ReadAsStringAsync()));
        Assert.Equal(HttpStatusCode.BadRequest, expired.StatusCode);
        Assert.Contains("需要 2 个序列号，实际填写了 1 个", WebUtility.HtmlDecode(await oneSerial.Content.ReadAsStringAsync()));
        Assert.Equal(HttpStatusCode.Redirect, received.StatusCode);
        db.ChangeTracker.Clear();
        var done = await db.CallUps.AsNoTracking().SingleAsync(c => c.Id == callUp.Id);
        Assert.Equal(CallUpState.Delivered, done.State);
        Assert.Equal(1, await db.StockDocuments.CountAsync(d => d.Reason == StockReason.AgreementCallUp && d.Note == callUp.Number));
        var batch = await db.Batches.AsNoTracking().SingleAsync(b => b.ItemId == gauze.Id && b.Lot == "GZ-2611");
        Assert.Equal(expiry, batch.Expiry.ToString("yyyy-MM-dd"));
        Assert.Equal(2, await db.EquipmentUnits.CountAsync(u => u.DepotId == sc1 && u.SerialNumber.StartsWith("KY-7700")
            && u.Status == EquipmentStatus.InStock));
        var stock = WebUtility.HtmlDecode(await keeper.GetStringAsync("/Stock?view=detail&depot=SC1&item=SZ-0203"));
        Assert.Contains("GZ-2611", stock);
        Assert.Contains(expiry, stock);
        var units = WebUtility.HtmlDecode(await keeper.GetStringAsync("/Stock?view=detail&depot=SC1&item=TX-1002"));
        Assert.Contains("KY-77002", units);
        Assert.Equal("Delivered", (await RequestAnswerAsync(manager, request)).GetProperty("state").GetString());
    }

    [Fact]
    public async Task A_request_with_a_depot_line_and_an_agreement_line_and_one_with_only_an_agreement_line_reach_delivered()
    {
        var manager = await factory.SignedInClientAsync("manager");
        var (item, code) = await ItemAsync();
        var other = await SeededItemAsync("SZ-0205");
        var agreement = await AgreementOfAsync(manager, "XY-DLV-01", $"{code} 100\nSZ-0205 100");
        await using var db = factory.NewDbContext();
        var central = await db.Depots.Where(d => d.Code == "CR").Select(d => d.Id).SingleAsync();
        var mixed = await DraftedAsync(DestinationKind.Township, null, (item, 3), (other.Id, 5));
        await ApproveAsync(manager, mixed, new()
        {
            ["Lines[0].ItemId"] = item.ToString(), ["Lines[0].Approved"] = "3",
            ["Lines[0].Sources[0].DepotId"] = central.ToString(), ["Lines[0].Sources[0].Quantity"] = "3",
            ["Lines[1].ItemId"] = other.Id.ToString(), ["Lines[1].Approved"] = "5",
            ["Lines[1].CallUps[0].AgreementId"] = agreement.ToString(), ["Lines[1].CallUps[0].Quantity"] = "5",
        });
        var only = await DraftedAsync(DestinationKind.Township, null, (item, 4));
        await ApproveAsync(manager, only, new()
        {
            ["Lines[0].ItemId"] = item.ToString(), ["Lines[0].Approved"] = "4",
            ["Lines[0].CallUps[0].AgreementId"] = agreement.ToString(), ["Lines[0].CallUps[0].Quantity"] = "4",
        });
        await DeliverTheDispatchAsync(mixed, central);
        Assert.Equal("Dispatched", (await RequestAnswerAsync(manager, mixed)).GetProperty("state").GetString());
        Assert.Equal("Approved", (await RequestAnswerAsync(manager, only)).GetProperty("state").GetString());

        foreach (var request in new[] { mixed, only })
        {
            var callUp = await db.CallUps.AsNoTracking().SingleAsync(c => c.RequestId == request);
            var order = await manager.PostFormAsync($"/CallUps/Details/{callUp.Id}", $"/CallUps/Send/{callUp.Id}", []);
            var shortCode = ShortCode().Match(await order.Content.ReadAsStringAsync()).Groups[1].Value;
            var delivered = await manager.PostFormAsync("/CallUps/Deliver", "/CallUps/Deliver", new() { ["Code"] = shortCode });
            Assert.Equal(HttpStatusCode.Redirect, delivered.StatusCode);
        }

        foreach (var request in new[] { mixed, only })
        {
            var answer = await RequestAnswerAsync(manager, request);
            Assert.Equal("Delivered", answer.GetProperty("state").GetString());
            Assert.Equal("Delivered", answer.GetProperty("callUps")[0].GetProperty("state").GetString());
            Assert.True(answer.GetProperty("withinTarget").GetBoolean());
            var details = WebUtility.HtmlDecode(await manager.GetStringAsync($"/Requests/Details/{request}"));
            Assert.Contains("data-testid=\"total-time\"", details);
        }
        var english = WebUtility.HtmlDecode(await (await factory.SignedInClientAsync("manager", "en")).GetStringAsync("/Workflow"));
        Assert.Contains("Approved --> Delivered", english);
        Assert.Contains("Some call-up orders have not been delivered yet.", english);
    }

    /// Picks and dispatches the request's dispatch at the central reserve, and confirms it at the site.
    private async Task DeliverTheDispatchAsync(int request, int depot)
    {
        using var scope = factory.Services.CreateScope();
        var services = scope.ServiceProvider;
        var db = services.GetRequiredService<Data.WarehouseDbContext>();
        var keeper = new WorkflowActor("keeper", new HashSet<string> { Roles.Keeper }, [depot], null);
        var dispatch = await db.Dispatches.AsNoTracking().Include(d => d.Lines).SingleAsync(d => d.RequestId == request);
        var line = dispatch.Lines.Single();
        Assert.True((await services.GetRequiredService<Picking>().PickAsync(dispatch.Id, new ScannedGoods(line.ItemId, null, null),
            line.Quantity, null, null, $"callup-mixed-{request}", keeper)).Succeeded);
        var version = await db.AllocationRequests.Where(r => r.Id == request).Select(r => r.Version).SingleAsync();
        var sent = await services.GetRequiredService<Dispatching>().DispatchAsync(dispatch.Id, version, "浙A1", "王师傅", "13900000000", keeper);
        Assert.True(sent.Succeeded, sent.Error?.Message);
        var confirmed = await services.GetRequiredService<DeliveryConfirmation>().ConfirmDeliveryAsync(sent.Value!.ShortCode,
            new Dictionary<int, (int, int)>(), null, Manager);
        Assert.True(confirmed.Succeeded, confirmed.Error?.Message);
    }
}
