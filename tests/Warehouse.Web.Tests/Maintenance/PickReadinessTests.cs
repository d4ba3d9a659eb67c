using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Warehouse.Data.Allocation;
using Warehouse.Data.Allocation.Steps;
using Warehouse.Data.Maintenance;
using Warehouse.Domain.Allocation;
using Warehouse.Domain.Constants;
using Warehouse.Domain.Maintenance;

namespace Warehouse.Web.Tests.Maintenance;

/// The scan API at the picking desk refuses an overdue unit with the localized reason, and lets an administrator send it
/// with a reason that the dispatch's pick keeps.
public sealed class PickReadinessTests(WarehouseFactory factory) : IClassFixture<WarehouseFactory>
{
    [Fact]
    public async Task An_overdue_unit_is_refused_at_the_pick_in_chinese_and_an_administrator_may_send_it_with_a_reason()
    {
        var (dispatchId, unit) = await ApprovedGeneratorDispatchAsync();
        var keeper = await factory.SignedInClientAsync("keeper");
        var admin = await factory.SignedInClientAsync("admin");

        var refused = await PickAsync(keeper, dispatchId, $"WE-{unit}", null, "r1");
        var overridden = await PickAsync(admin, dispatchId, $"WE-{unit}", "抢险急需，已现场试机", "r2");

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        var problem = await refused.Content.ReadAsStringAsync();
        Assert.Contains("\"code\":\"UnitOverdue\"", problem);
        Assert.Contains($"设备 {unit} 已超期未维护", problem);
        Assert.Equal(HttpStatusCode.OK, overridden.StatusCode);
        await using var db = factory.NewDbContext();
        var pick = await db.DispatchPicks.AsNoTracking().SingleAsync(p => p.DispatchId == dispatchId);
        Assert.Equal("admin: 抢险急需，已现场试机", pick.ReadinessOverride);
    }

    [Fact]
    public async Task A_manager_gives_leave_for_an_overdue_unit_on_the_requests_page_and_the_keeper_then_picks_it_at_the_desk()
    {
        var (dispatchId, unit) = await ApprovedGeneratorDispatchAsync();
        await using var db = factory.NewDbContext();
        var requestId = await db.Dispatches.Where(d => d.Id == dispatchId).Select(d => d.RequestId).SingleAsync();
        var manager = await factory.SignedInClientAsync("manager");
        var keeper = await factory.SignedInClientAsync("keeper");
        var details = $"/Requests/Details/{requestId}";
        Assert.Contains($"data-testid=\"waive-{dispatchId}\"", await manager.GetStringAsync(details));
        Assert.DoesNotContain($"data-testid=\"waive-{dispatchId}\"", await keeper.GetStringAsync(details));

        Assert.Equal(HttpStatusCode.Forbidden, (await keeper.PostFormAsync(details, $"/Requests/Waive/{requestId}", new()
        {
            ["dispatchId"] = dispatchId.ToString(), ["unit"] = $"WE-{unit}", ["reason"] = "自己放行",
        })).StatusCode);
        await manager.PostFormAsync(details, $"/Requests/Waive/{requestId}", new()
        {
            ["dispatchId"] = dispatchId.ToString(), ["unit"] = $"WE-{unit}", ["reason"] = " ",
        });
        Assert.False(await db.ReadinessWaivers.AnyAsync(w => w.DispatchId == dispatchId));
        await manager.PostFormAsync(details, $"/Requests/Waive/{requestId}", new()
        {
            ["dispatchId"] = dispatchId.ToString(), ["unit"] = $"WE-{unit}", ["reason"] = "抢险急需，出库前现场试机",
        });
        var picked = await PickAsync(keeper, dispatchId, $"WE-{unit}", null, "w1");

        Assert.Equal(HttpStatusCode.OK, picked.StatusCode);
        var pick = await db.DispatchPicks.AsNoTracking().SingleAsync(p => p.DispatchId == dispatchId);
        Assert.Equal("manager: 抢险急需，出库前现场试机", pick.ReadinessOverride);
        var again = await manager.PostFormAsync(details, $"/Requests/Waive/{requestId}", new()
        {
            ["dispatchId"] = dispatchId.ToString(), ["unit"] = $"WE-{unit}", ["reason"] = "再次",
        });
        Assert.Contains("已获准随发运单", WebUtility.HtmlDecode(await manager.GetStringAsync(details)));
        Assert.Equal(1, await db.ReadinessWaivers.CountAsync(w => w.DispatchId == dispatchId));
    }

    [Fact]
    public async Task Leave_is_refused_for_a_ready_unit_and_for_a_unit_the_dispatch_does_not_carry()
    {
        var (dispatchId, _) = await ApprovedGeneratorDispatchAsync();
        using var scope = factory.Services.CreateScope();
        await using var db = factory.NewDbContext();
        var central = await db.Depots.Where(d => d.Code == "CR").Select(d => d.Id).SingleAsync();
        var units = await scope.ServiceProvider.GetRequiredService<UnitDueDates>().ListAsync(null, CancellationToken.None);
        var ready = units.First(r => r.ItemCode == "DL-0601" && r.DepotId == central && r.Readiness == UnitReadiness.Ready);
        var other = units.First(r => r.ItemCode != "DL-0601" && r.Readiness == UnitReadiness.Overdue);
        var waivers = scope.ServiceProvider.GetRequiredService<ReadinessWaivers>();
        var manager = new WorkflowActor("manager", new HashSet<string> { Roles.Manager }, [], null);

        Assert.Equal("WaiverNotNeeded", (await waivers.GrantAsync(dispatchId, ready.UnitId, "理由", manager)).Error?.Code);
        Assert.Equal("WaiverNotForDispatch", (await waivers.GrantAsync(dispatchId, other.UnitId, "理由", manager)).Error?.Code);
        Assert.False(await db.ReadinessWaivers.AnyAsync(w => w.DispatchId == dispatchId));
    }

    private static async Task<HttpResponseMessage> PickAsync(HttpClient client, int dispatchId, string code, string? reason,
        string clientId)
    {
        var token = await client.AntiforgeryTokenAsync($"/Dispatches/Pick/{dispatchId}");
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/dispatches/{dispatchId}/picks")
        {
            Content = JsonContent.Create(new { code, quantity = 1, fefoOverride = reason, clientId }),
        };
        request.Headers.Add("RequestVerificationToken", token);
        return await client.SendAsync(request);
    }

    private async Task<(int DispatchId, string Unit)> ApprovedGeneratorDispatchAsync()
    {
        using var scope = factory.Services.CreateScope();
        var services = scope.ServiceProvider;
        await using var db = factory.NewDbContext();
        var central = await db.Depots.Where(d => d.Code == "CR").Select(d => d.Id).SingleAsync();
        var generator = await db.Items.Where(i => i.Code == "DL-0601").Select(i => i.Id).SingleAsync();
        var unit = (await services.GetRequiredService<UnitDueDates>().ListAsync([central], CancellationToken.None))
            .First(r => r.ItemId == generator && r.Readiness == UnitReadiness.Overdue).AssetNumber;
        var manager = new WorkflowActor("manager", new HashSet<string> { Roles.Manager }, [], null);
        var draft = await services.GetRequiredService<Drafting>().SaveDraftAsync(null, null, new DraftInput("测试：保电",
            EmergencyLevel.III,
            DateTime.UtcNow.AddHours(2), DestinationKind.Township, null, "青石乡", 30.25, 120.25, "李明", "13800000000", null,
            [(generator, 1)]), manager, null);
        Assert.True(draft.Succeeded, draft.Error?.Message);
        var id = draft.Value;
        async Task<int> Version() => await db.AllocationRequests.Where(r => r.Id == id).Select(r => r.Version).SingleAsync();
        Assert.True((await services.GetRequiredService<RequestTriggers>().FireAsync(id, await Version(), RequestTrigger.Submit, null,
            manager)).Succeeded);
        var approved = await services.GetRequiredService<Approval>().ApproveAsync(id, await Version(),
            [new LineDecision(generator, 1, [(central, 1)])], manager);
        Assert.True(approved.Succeeded, approved.Error?.Message);
        return (await db.Dispatches.Where(d => d.RequestId == id).Select(d => d.Id).SingleAsync(), unit);
    }
}
