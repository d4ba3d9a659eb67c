using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Warehouse.Web.Tests.Api;

/// GS1 strings as keyboard-wedge scanners deliver them, through the code look-up and the posting API.
public sealed class WedgeScanApiTests(WarehouseFactory factory) : IClassFixture<WarehouseFactory>
{
    private const string Gtin = "0106904213001011";

    [Fact]
    public async Task A_lot_and_expiry_kept_apart_by_a_group_separator_are_both_read()
    {
        var client = await factory.SignedInClientAsync("keeper");

        var info = await client.GetFromJsonAsync<JsonElement>("/api/codes/" + Uri.EscapeDataString(Gtin + "10L1\u001D17271231"));

        var scanned = info.GetProperty("scanned");
        Assert.Equal(("L1", "2027-12-31"), (scanned.GetProperty("lot").GetString(), scanned.GetProperty("expiry").GetString()));
    }

    [Fact]
    public async Task A_lot_that_runs_into_its_expiry_without_a_separator_is_refused_as_ambiguous_in_chinese()
    {
        var client = await factory.SignedInClientAsync("keeper");

        var response = await client.GetAsync("/api/codes/" + Uri.EscapeDataString(Gtin + "10L117271231"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("AmbiguousGs1", problem.GetProperty("code").GetString());
        Assert.Contains("有歧义", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Posting_an_ambiguous_GS1_line_is_refused_and_changes_nothing()
    {
        await using var db = factory.NewDbContext();
        var documents = db.StockDocuments.Count();

        var response = await factory.StationClient().PostAsJsonAsync("/api/receipts", new
        {
            reason = "Purchase",
            clientId = "wedge-ambiguous-1",
            lines = new[] { new { code = Gtin + "10L117271231", quantity = 1 } },
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("AmbiguousGs1", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());
        Assert.Equal(documents, db.StockDocuments.Count());
    }
}
