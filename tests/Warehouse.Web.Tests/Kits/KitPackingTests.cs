using Microsoft.EntityFrameworkCore;
using Warehouse.Domain.Kits;

namespace Warehouse.Web.Tests.Kits;

/// Packing kits by scanning on the kit's page: completeness, expiry, and the scans that are refused and change nothing.
public sealed class KitPackingTests(WarehouseFactory factory) : IClassFixture<WarehouseFactory>
{
    private readonly KitScenario _kits = new(factory);

    [Fact]
    public async Task A_kit_packed_by_scanning_shows_what_it_lacks_takes_its_earliest_components_expiry_and_moves_no_stock()
    {
        var keeper = await factory.SignedInClientAsync("keeper");
        await using var db = factory.NewDbContext();
        var movements = await db.StockMovements.CountAsync();
        var kitId = await _kits.StartKitAsync(keeper, "FLOOD-DUTY-PACK");
        var batch = await _kits.BatchCodeAsync("SZ-0201");

        await _kits.ScanAsync(keeper, kitId, "WI-FH-0001");
        await _kits.ScanAsync(keeper, kitId, "WI-ZM-0901");
        var partly = await _kits.ScanAsync(keeper, kitId, batch);

        var expiry = await db.Batches.Where(b => b.Number == batch.Substring(3)).Select(b => b.Expiry).SingleAsync();
        Assert.Contains("不齐套", partly);
        Assert.Contains("防汛雨衣 × 1", partly);
        Assert.Contains("船用救生衣 × 1", partly);
        Assert.Contains($"data-testid=\"kit-expiry\">{expiry:yyyy-MM-dd}<", partly);
        await _kits.ScanAsync(keeper, kitId, "WI-FH-0002");
        var whole = await _kits.ScanAsync(keeper, kitId, "WI-SJ-0101");
        Assert.Contains("齐套", whole);
        Assert.DoesNotContain("不齐套", whole);
        var list = await keeper.GetStringAsync("/Kits");
        Assert.Matches($"data-kit=\"WK-KT\\d{{8}}-\\d{{4}}\" data-complete=\"true\"", list);
        Assert.Equal(movements, await db.StockMovements.CountAsync());
        await _kits.AssertLedgerMatchesBalancesAsync();
    }

    [Fact]
    public async Task A_unit_already_packed_in_another_kit_is_refused_with_a_clear_message_and_changes_nothing()
    {
        var keeper = await factory.SignedInClientAsync("keeper");
        var first = await _kits.StartKitAsync(keeper, "VILLAGE-5X-KIT");
        var second = await _kits.StartKitAsync(keeper, "VILLAGE-5X-KIT");
        var unit = await _kits.ReadyUnitAsync("TX-1002");

        await _kits.ScanAsync(keeper, first, unit);
        var refused = await _kits.ScanAsync(keeper, second, unit);

        await using var db = factory.NewDbContext();
        var kit = await db.Kits.Where(k => k.Id == first).Select(k => k.Number).SingleAsync();
        Assert.Contains($"已装在成套装备 {kit} 中", refused);
        Assert.Equal(0, await db.KitComponents.CountAsync(c => c.KitId == second));
        Assert.Equal(1, await db.KitComponents.CountAsync(c => c.KitId == first));
    }

    [Fact]
    public async Task Packing_more_of_a_batch_than_is_free_is_refused_and_changes_nothing()
    {
        var manager = await factory.SignedInClientAsync("manager");
        var keeper = await factory.SignedInClientAsync("keeper");
        await manager.PostFormAsync("/KitDefinitions", "/KitDefinitions/Create", new() { ["code"] = "MED-BOX", ["name"] = "医疗箱" });
        await using var db = factory.NewDbContext();
        var definition = await db.KitDefinitions.Where(d => d.Code == "MED-BOX").Select(d => d.Id).SingleAsync();
        var batch = await _kits.BatchCodeAsync("SZ-0201");
        var free = await db.StockBalances.Where(b => b.Batch!.Number == batch.Substring(3) && b.Depot!.Code == "CR")
            .SumAsync(b => b.OnHand - b.Reserved)
            - await db.KitComponents.Where(c => c.BatchId == db.Batches.Single(b => b.Number == batch.Substring(3)).Id
                && db.Kits.Any(k => k.Id == c.KitId && k.State == KitState.Packed)).SumAsync(c => c.Quantity);
        await manager.PostFormAsync("/KitDefinitions", $"/KitDefinitions/SetLine/{definition}",
            new() { ["itemCode"] = "SZ-0201", ["quantity"] = (free + 1).ToString() });
        var kitId = await _kits.StartKitAsync(keeper, "MED-BOX");

        var refused = await _kits.ScanAsync(keeper, kitId, batch, free + 1);

        Assert.Contains($"只有 {free} 件可装包（需要 {free + 1} 件）", refused);
        Assert.Equal(0, await db.KitComponents.CountAsync(c => c.KitId == kitId));
    }

    [Theory]
    [InlineData("1.5")]
    [InlineData("-2")]
    [InlineData("0")]
    public async Task A_fractional_or_negative_quantity_in_a_kit_definition_is_refused_in_both_languages(string quantity)
    {
        await using var db = factory.NewDbContext();
        var definition = await db.KitDefinitions.AsNoTracking().Include(d => d.Lines).SingleAsync(d => d.Code == "FLOOD-DUTY-PACK");
        foreach (var (language, message) in new[] { ("zh-CN", $"须为 1 到 {KitDefinition.MaxQuantity} 的整数（填写的是 {quantity}）"),
                     ("en", $"whole number from 1 to {KitDefinition.MaxQuantity} (got {quantity})") })
        {
            var manager = await factory.SignedInClientAsync("manager", language);
            await manager.PostFormAsync("/KitDefinitions", $"/KitDefinitions/SetLine/{definition.Id}",
                new() { ["itemCode"] = "FH-0001", ["quantity"] = quantity });
            Assert.Contains(message, await manager.GetStringAsync("/KitDefinitions"));
        }
        var after = await db.KitDefinitions.AsNoTracking().Include(d => d.Lines).SingleAsync(d => d.Code == "FLOOD-DUTY-PACK");
        Assert.Equal(definition.Lines.Select(l => (l.ItemId, l.Quantity)), after.Lines.Select(l => (l.ItemId, l.Quantity)));
    }

    [Fact]
    public async Task The_kit_pages_read_in_english_too()
    {
        var keeper = await factory.SignedInClientAsync("keeper", "en");
        var kitId = await _kits.StartKitAsync(keeper, "FLOOD-DUTY-PACK");

        var page = await _kits.ScanAsync(keeper, kitId, "WI-FH-0001");

        Assert.Contains("Incomplete", page);
        Assert.Contains("Scan a component", page);
        Assert.Contains("Kit definitions", await keeper.GetStringAsync("/KitDefinitions"));
    }
}
