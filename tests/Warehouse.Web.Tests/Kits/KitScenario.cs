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

namespace Warehouse.Web.Tests.Kits;

/// The steps kit tests share: packing through the pages, a request approved from the central reserve, scans at the
/// picking desk, and the ledger checked against the balances.
public sealed class KitScenario(WarehouseFactory factory)
{
    public static readonly WorkflowActor Manager = new("manager", new HashSet<string> { Roles.Manager }, [], null);

    public async Task<int> StartKitAsync(HttpClient keeper, string definition, string depot = "CR")
    {
        await using var db = factory.NewDbContext();
        var definitionId = await db.KitDefinitions.Where(d => d.Code == definition).Select(d => d.Id).SingleAsync();
        var depotId = await db.Depots.Where(d => d.Code == depot).Select(d => d.Id).SingleAsync();
        var response = await keeper.PostFormAsync("/Kits/Pack", "/Kits/Pack",
            new() { ["definitionId"] = definitionId.ToString(), ["depotId"] = depotId.ToString() });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return int.Parse(response.Headers.Location!.OriginalString.Split('/')[^1]);
    }

    /// Scans a code into the kit and answers the kit's page as it reads afterwards (with the refusal, if any).
    public async Task<string> ScanAsync(HttpClient keeper, int kitId, string code, int quantity = 1)
    {
        var response = await keeper.PostFormAsync($"/Kits/Details/{kitId}", $"/Kits/Scan/{kitId}",
            new() { ["code"] = code, ["quantity"] = quantity.ToString() });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return await keeper.GetStringAsync($"/Kits/Details/{kitId}");
    }

    public async Task<string> BatchCodeAsync(string item)
    {
        await using var db = factory.NewDbContext();
        var central = await db.Depots.Where(d => d.Code == "CR").Select(d => d.Id).SingleAsync();
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var batch = await db.StockBalances
            .Where(b => b.DepotId == central && b.Item!.Code == item && b.OnHand > 0 && b.Batch!.Expiry > today)
            .OrderBy(b => b.Batch!.Expiry).Select(b => b.Batch!.Number).FirstAsync();
        return "WB-" + batch;
    }

    /// The asset code of a unit of the item at the central reserve that is ready to go out.
    public async Task<string> ReadyUnitAsync(string item, int skip = 0)
    {
        using var scope = factory.Services.CreateScope();
        var dueDates = scope.ServiceProvider.GetRequiredService<UnitDueDates>();
        await using var db = factory.NewDbContext();
        var units = await db.EquipmentUnits.Where(u => u.Item!.Code == item && u.DepotId == db.Depots.Single(d => d.Code == "CR").Id)
            .OrderBy(u => u.Id).Select(u => new { u.Id, u.AssetNumber }).ToListAsync();
        var ready = new List<string>();
        foreach (var unit in units)
            if (UnitSchedule.MayDispatch(await dueDates.ReadinessOfAsync(unit.Id, CancellationToken.None)))
                ready.Add("WE-" + unit.AssetNumber);
        return ready[skip];
    }

    /// A request for the lines, submitted and approved from the central reserve; answers its one dispatch.
    public Task<int> ApprovedDispatchAsync(params (string Item, int Quantity)[] lines) => ApprovedAsync(null, lines);

    /// A transfer of the lines from the central reserve to another depot, approved; answers its one dispatch.
    public Task<int> ApprovedTransferAsync(string toDepot, params (string Item, int Quantity)[] lines) => ApprovedAsync(toDepot, lines);

    private async Task<int> ApprovedAsync(string? toDepot, (string Item, int Quantity)[] lines)
    {
        using var scope = factory.Services.CreateScope();
        var services = scope.ServiceProvider;
        await using var db = factory.NewDbContext();
        var central = await db.Depots.Where(d => d.Code == "CR").Select(d => d.Id).SingleAsync();
        var items = new List<(int, int)>();
        foreach (var (item, quantity) in lines)
            items.Add((await db.Items.Where(i => i.Code == item).Select(i => i.Id).SingleAsync(), quantity));
        int? destination = toDepot is null ? null : await db.Depots.Where(d => d.Code == toDepot).Select(d => d.Id).SingleAsync();
        var draft = await services.GetRequiredService<Drafting>().SaveDraftAsync(null, null, new DraftInput("测试：防汛值守",
            EmergencyLevel.III, DateTime.UtcNow.AddHours(2), toDepot is null ? DestinationKind.Township : DestinationKind.Depot,
            destination, toDepot is null ? "青石乡" : null, 30.25, 120.25, "李明", "13800000000", null, items), Manager, null);
        Assert.True(draft.Succeeded, draft.Error?.Message);
        var id = draft.Value;
        async Task<int> Version() => await db.AllocationRequests.Where(r => r.Id == id).Select(r => r.Version).SingleAsync();
        Assert.True((await services.GetRequiredService<RequestTriggers>().FireAsync(id, await Version(), RequestTrigger.Submit, null,
            Manager)).Succeeded);
        var approved = await services.GetRequiredService<Approval>().ApproveAsync(id, await Version(),
            items.Select(l => new LineDecision(l.Item1, l.Item2, [(central, l.Item2)])).ToList(), Manager);
        Assert.True(approved.Succeeded, approved.Error?.Message);
        return await db.Dispatches.Where(d => d.RequestId == id).Select(d => d.Id).SingleAsync();
    }

    public static async Task<HttpResponseMessage> PickAsync(HttpClient client, int dispatchId, string code, string clientId)
    {
        var token = await client.AntiforgeryTokenAsync($"/Dispatches/Pick/{dispatchId}");
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/dispatches/{dispatchId}/picks")
        {
            Content = JsonContent.Create(new { code, quantity = 1, clientId }),
        };
        request.Headers.Add("RequestVerificationToken", token);
        return await client.SendAsync(request);
    }

    /// Invariant 1: every balance's on hand is the sum of its ledger rows.
    public async Task AssertLedgerMatchesBalancesAsync()
    {
        await using var db = factory.NewDbContext();
        var sums = await db.StockMovements.GroupBy(m => m.BalanceId).Select(g => new { g.Key, Sum = g.Sum(m => m.Quantity) })
            .ToDictionaryAsync(g => g.Key, g => g.Sum);
        foreach (var balance in await db.StockBalances.AsNoTracking().ToListAsync())
            Assert.Equal(balance.OnHand, sums.GetValueOrDefault(balance.Id));
    }
}
