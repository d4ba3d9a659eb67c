using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;

namespace Warehouse.Web.Tests.Offline;

/// The codes a handheld keeps for scanning with no network cover its keeper's depots and no others.
public sealed class OfflineCatalogTests(WarehouseFactory factory) : IClassFixture<WarehouseFactory>
{
    [Fact]
    public async Task A_keeper_gets_every_item_and_the_locations_batches_and_units_of_their_own_depots_only()
    {
        var keeper = await factory.SignedInClientAsync("keeper");

        var catalog = JsonDocument.Parse(await keeper.GetStringAsync("/api/offline/catalog")).RootElement;

        await using var db = factory.NewDbContext();
        Assert.Equal(["CR", "SC1"], catalog.GetProperty("depots").EnumerateArray().Select(d => d.GetString()));
        Assert.Equal(await db.Items.CountAsync(), catalog.GetProperty("items").GetArrayLength());
        var locationDepots = catalog.GetProperty("locations").EnumerateArray()
            .Select(l => l.GetProperty("depotCode").GetString()).ToHashSet();
        Assert.Subset(new HashSet<string?> { "CR", "SC1" }, locationDepots);
        Assert.Equal(await db.Locations.CountAsync(l => l.Active && (l.Depot!.Code == "CR" || l.Depot.Code == "SC1")),
            catalog.GetProperty("locations").GetArrayLength());
        Assert.Contains(catalog.GetProperty("locations").EnumerateArray(), l => l.GetProperty("code").GetString() == "CR-B-01-01");
        var unitDepots = catalog.GetProperty("units").EnumerateArray().Select(u => u.GetProperty("depotCode").GetString()).ToHashSet();
        Assert.Subset(new HashSet<string?> { "CR", "SC1" }, unitDepots);
        var heldBatches = await db.StockBalances.Where(b => b.BatchId != null && (b.Depot!.Code == "CR" || b.Depot.Code == "SC1"))
            .Select(b => b.Batch!.Number).Distinct().CountAsync();
        Assert.True(heldBatches > 0);
        Assert.Equal(heldBatches, catalog.GetProperty("batches").GetArrayLength());
    }

    [Fact]
    public async Task A_station_gets_its_own_depots_codes_and_strangers_and_auditors_get_none()
    {
        var station = await factory.StationClient().GetStringAsync("/api/offline/catalog");
        Assert.Equal(["CR"], JsonDocument.Parse(station).RootElement.GetProperty("depots").EnumerateArray().Select(d => d.GetString()));

        Assert.Equal(HttpStatusCode.Unauthorized, (await factory.CreateClient().GetAsync("/api/offline/catalog")).StatusCode);
        var auditor = await factory.SignedInClientAsync("auditor");
        Assert.Equal(HttpStatusCode.Forbidden, (await auditor.GetAsync("/api/offline/catalog")).StatusCode);
    }
}
