using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Warehouse.Data.Allocation.Steps;
using Warehouse.Domain.Allocation;
using Warehouse.Domain.Kits;

namespace Warehouse.Web.Tests.Kits;

/// A kit goes out and comes back as one scan of its label: picked at the desk, dispatched, delivered, returned, unpacked,
/// with the ledger summing to the balances throughout; its components cannot be taken loose meanwhile.
public sealed class KitDispatchTests(WarehouseFactory factory) : IClassFixture<WarehouseFactory>
{
    private static readonly (string, int)[] FloodPack = [("FH-0001", 1), ("ZM-0901", 1), ("FH-0002", 1), ("SJ-0101", 1), ("SZ-0201", 1)];
    private readonly KitScenario _kits = new(factory);

    [Fact]
    public async Task A_kit_picked_by_one_scan_is_dispatched_delivered_returned_by_one_scan_and_unpacked_with_the_ledger_matching()
    {
        var keeper = await factory.SignedInClientAsync("keeper");
        var kitId = await PackedFloodKitAsync(keeper);
        await using var db = factory.NewDbContext();
        var code = "WK-" + await db.Kits.Where(k => k.Id == kitId).Select(k => k.Number).SingleAsync();
        var dispatchId = await _kits.ApprovedDispatchAsync(FloodPack);

        var picked = await KitScenario.PickAsync(keeper, dispatchId, code, "kit-flow-1");
        var again = await KitScenario.PickAsync(keeper, dispatchId, code, "kit-flow-2");

        Assert.Equal(HttpStatusCode.OK, picked.StatusCode);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(5, await db.DispatchPicks.CountAsync(p => p.DispatchId == dispatchId));
        var codes = await DispatchAsync(dispatchId);
        Assert.Equal(KitState.Dispatched, await StateAsync(kitId));
        var unpack = await keeper.PostFormAsync($"/Kits/Details/{kitId}", $"/Kits/Unpack/{kitId}", []);
        Assert.Contains("正随调拨单在外，归还后才能拆包", await keeper.GetStringAsync(unpack.Headers.Location!.OriginalString));
        Assert.Equal(KitState.Dispatched, await StateAsync(kitId));
        using (var scope = factory.Services.CreateScope())
            Assert.True((await scope.ServiceProvider.GetRequiredService<DeliveryConfirmation>().ConfirmDeliveryAsync(codes.ShortCode,
                new Dictionary<int, (int, int)>(), null, KitScenario.Manager)).Succeeded);
        await _kits.AssertLedgerMatchesBalancesAsync();

        var returned = await keeper.PostFormAsync($"/Dispatches/Return/{dispatchId}", $"/Dispatches/ReturnKit/{dispatchId}",
            new() { ["code"] = code });

        Assert.Contains($"成套装备 {code} 已归还并重新入包", await keeper.GetStringAsync(returned.Headers.Location!.OriginalString));
        Assert.Equal(KitState.Packed, await StateAsync(kitId));
        // The helmet and the life jacket came back into the kit; the torch, the raincoat and the first-aid kit were used up.
        var page = await keeper.GetStringAsync($"/Kits/Details/{kitId}");
        Assert.Contains("强光手电筒 × 1", page);
        Assert.Equal(2, await db.Dispatches.Where(d => d.Id == dispatchId).SelectMany(d => d.Returns).CountAsync());
        await _kits.AssertLedgerMatchesBalancesAsync();
        await keeper.PostFormAsync($"/Kits/Details/{kitId}", $"/Kits/Unpack/{kitId}", []);
        Assert.Equal(KitState.Unpacked, await StateAsync(kitId));
        Assert.Equal(0, await db.KitComponents.CountAsync(c => c.KitId == kitId && c.HeldUnitId != null));
    }

    [Fact]
    public async Task A_unit_packed_in_a_kit_is_refused_as_a_loose_pick_and_the_whole_kit_can_be_unpacked_and_then_picked_loose()
    {
        var keeper = await factory.SignedInClientAsync("keeper");
        var kitId = await _kits.StartKitAsync(keeper, "VILLAGE-5X-KIT");
        var unit = await _kits.ReadyUnitAsync("TX-1002", skip: 1);
        await _kits.ScanAsync(keeper, kitId, unit);
        var dispatchId = await _kits.ApprovedDispatchAsync(("TX-1002", 1));

        var refused = await KitScenario.PickAsync(keeper, dispatchId, unit, "loose-1");

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        var problem = await refused.Content.ReadAsStringAsync();
        Assert.Contains("\"code\":\"PackedInKit\"", problem);
        Assert.Contains("请扫描装备包标签，或先拆包", problem);
        await using var db = factory.NewDbContext();
        Assert.Equal(0, await db.DispatchPicks.CountAsync(p => p.DispatchId == dispatchId));
        await keeper.PostFormAsync($"/Kits/Details/{kitId}", $"/Kits/Unpack/{kitId}", []);
        Assert.Equal(HttpStatusCode.OK, (await KitScenario.PickAsync(keeper, dispatchId, unit, "loose-2")).StatusCode);
    }

    [Fact]
    public async Task A_unit_packed_in_a_kit_is_refused_on_a_loose_issue_note_too()
    {
        var keeper = await factory.SignedInClientAsync("keeper");
        var kitId = await _kits.StartKitAsync(keeper, "VILLAGE-5X-KIT");
        var unit = await _kits.ReadyUnitAsync("TX-1002", skip: 2);
        await _kits.ScanAsync(keeper, kitId, unit);
        await using var db = factory.NewDbContext();
        var serial = await db.EquipmentUnits.Where(u => u.AssetNumber == unit.Substring(3)).Select(u => u.SerialNumber).SingleAsync();

        var refused = await factory.StationClient().PostAsJsonAsync("/api/issues", new
        {
            reason = "InternalUse", clientId = "kit-unit-issue",
            lines = new[] { new { code = "TX-1002", quantity = 1, serial } },
        });

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains("\"code\":\"PackedInKit\"", await refused.Content.ReadAsStringAsync());
        Assert.Equal(1, await db.StockBalances.Where(b => b.EquipmentUnit!.AssetNumber == unit.Substring(3)).SumAsync(b => b.OnHand));
    }

    [Fact]
    public async Task Goods_of_a_batch_held_in_a_kit_are_not_taken_by_a_loose_issue_note()
    {
        var keeper = await factory.SignedInClientAsync("keeper");
        var kitId = await _kits.StartKitAsync(keeper, "FLOOD-DUTY-PACK");
        var code = await _kits.BatchCodeAsync("SZ-0201");
        await _kits.ScanAsync(keeper, kitId, code);
        await using var db = factory.NewDbContext();
        var central = await db.Depots.Where(d => d.Code == "CR").Select(d => d.Id).SingleAsync();
        var free = await db.StockBalances.Where(b => b.DepotId == central && b.Batch!.Number == code.Substring(3))
            .SumAsync(b => b.OnHand - b.Reserved);
        var station = factory.StationClient();

        var all = await station.PostAsJsonAsync("/api/issues", new
        {
            reason = "InternalUse", clientId = "kit-batch-all", lines = new[] { new { code, quantity = free } },
        });
        var some = await station.PostAsJsonAsync("/api/issues", new
        {
            reason = "InternalUse", clientId = "kit-batch-some", lines = new[] { new { code, quantity = 1 } },
        });

        Assert.Equal(HttpStatusCode.Conflict, all.StatusCode);
        Assert.Contains("\"code\":\"NotEnoughStock\"", await all.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Created, some.StatusCode);
        Assert.Equal(free - 1, await db.StockBalances.Where(b => b.DepotId == central && b.Batch!.Number == code.Substring(3))
            .SumAsync(b => b.OnHand - b.Reserved));
    }

    [Fact]
    public async Task A_kit_whose_items_the_dispatch_does_not_ask_for_is_refused_whole()
    {
        var keeper = await factory.SignedInClientAsync("keeper");
        var kitId = await PackedFloodKitAsync(keeper);
        await using var db = factory.NewDbContext();
        var code = "WK-" + await db.Kits.Where(k => k.Id == kitId).Select(k => k.Number).SingleAsync();
        var dispatchId = await _kits.ApprovedDispatchAsync(("FH-0001", 1), ("ZM-0901", 1));

        var refused = await KitScenario.PickAsync(keeper, dispatchId, code, "kit-short-1");

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains("\"code\":\"KitItemNotOnDispatch\"", await refused.Content.ReadAsStringAsync());
        Assert.Equal(0, await db.DispatchPicks.CountAsync(p => p.DispatchId == dispatchId));
        Assert.Equal(KitState.Packed, await StateAsync(kitId));
    }

    [Fact]
    public async Task Removing_one_of_a_kits_picks_takes_the_whole_kit_back_off_the_dispatch()
    {
        var keeper = await factory.SignedInClientAsync("keeper");
        var kitId = await PackedFloodKitAsync(keeper);
        await using var db = factory.NewDbContext();
        var code = "WK-" + await db.Kits.Where(k => k.Id == kitId).Select(k => k.Number).SingleAsync();
        var dispatchId = await _kits.ApprovedDispatchAsync(FloodPack);
        Assert.Equal(HttpStatusCode.OK, (await KitScenario.PickAsync(keeper, dispatchId, code, "kit-undo-1")).StatusCode);
        var pick = await db.DispatchPicks.Where(p => p.DispatchId == dispatchId).Select(p => p.Id).FirstAsync();

        await keeper.PostFormAsync($"/Dispatches/Pick/{dispatchId}", $"/Dispatches/Unpick/{dispatchId}",
            new() { ["pickId"] = pick.ToString() });

        Assert.Equal(0, await db.DispatchPicks.CountAsync(p => p.DispatchId == dispatchId));
        Assert.Equal(KitState.Packed, await StateAsync(kitId));
        Assert.Equal(HttpStatusCode.OK, (await KitScenario.PickAsync(keeper, dispatchId, code, "kit-undo-2")).StatusCode);
    }

    [Fact]
    public async Task A_kit_is_not_picked_onto_a_transfer_between_depots()
    {
        var keeper = await factory.SignedInClientAsync("keeper");
        var kitId = await PackedFloodKitAsync(keeper);
        await using var db = factory.NewDbContext();
        var code = "WK-" + await db.Kits.Where(k => k.Id == kitId).Select(k => k.Number).SingleAsync();
        var dispatchId = await _kits.ApprovedTransferAsync("SC2", FloodPack);

        var refused = await KitScenario.PickAsync(keeper, dispatchId, code, "kit-transfer-1");

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains("不随库间调拨发出", await refused.Content.ReadAsStringAsync());
        Assert.Equal(KitState.Packed, await StateAsync(kitId));
    }

    [Fact]
    public async Task An_unknown_kit_code_is_refused_at_the_picking_desk_and_at_the_return()
    {
        var keeper = await factory.SignedInClientAsync("keeper");
        var dispatchId = await _kits.ApprovedDispatchAsync(("FH-0001", 1));

        var refused = await KitScenario.PickAsync(keeper, dispatchId, "WK-KT19990101-0001", "unknown-kit-1");
        var returned = await keeper.PostFormAsync($"/Dispatches/Return/{dispatchId}", $"/Dispatches/ReturnKit/{dispatchId}",
            new() { ["code"] = "WK-KT19990101-0001" });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains("未知的成套装备“WK-KT19990101-0001”", await refused.Content.ReadAsStringAsync());
        Assert.Contains("未知的成套装备“WK-KT19990101-0001”", await keeper.GetStringAsync(returned.Headers.Location!.OriginalString));
        await using var db = factory.NewDbContext();
        Assert.Equal(0, await db.DispatchPicks.CountAsync(p => p.DispatchId == dispatchId));
    }

    private async Task<int> PackedFloodKitAsync(HttpClient keeper)
    {
        var kitId = await _kits.StartKitAsync(keeper, "FLOOD-DUTY-PACK");
        foreach (var code in new[] { "WI-FH-0001", "WI-ZM-0901", "WI-FH-0002", "WI-SJ-0101", await _kits.BatchCodeAsync("SZ-0201") })
            await _kits.ScanAsync(keeper, kitId, code);
        await using var db = factory.NewDbContext();
        Assert.Equal(5, await db.KitComponents.CountAsync(c => c.KitId == kitId));
        return kitId;
    }

    private async Task<Warehouse.Data.Allocation.DeliveryCodes> DispatchAsync(int dispatchId)
    {
        using var scope = factory.Services.CreateScope();
        await using var db = factory.NewDbContext();
        var version = await db.Dispatches.Where(d => d.Id == dispatchId).Select(d => d.Request!.Version).SingleAsync();
        var keeper = new WorkflowActor("keeper", new HashSet<string> { Warehouse.Domain.Constants.Roles.Keeper },
            [await db.Depots.Where(d => d.Code == "CR").Select(d => d.Id).SingleAsync()], null);
        var sent = await scope.ServiceProvider.GetRequiredService<Dispatching>().DispatchAsync(dispatchId, version, "浙A·12345", "王师傅",
            "13900000000", keeper);
        Assert.True(sent.Succeeded, sent.Error?.Message);
        return sent.Value!;
    }

    private async Task<KitState> StateAsync(int kitId)
    {
        await using var db = factory.NewDbContext();
        return await db.Kits.Where(k => k.Id == kitId).Select(k => k.State).SingleAsync();
    }
}
