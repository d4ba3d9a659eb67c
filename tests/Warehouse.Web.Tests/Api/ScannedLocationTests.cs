using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Warehouse.Web.Tests.Api;

public sealed class ScannedLocationTests(WarehouseFactory factory) : IClassFixture<WarehouseFactory>
{
    [Theory]
    [InlineData("WL-CR-A-01-01")]
    [InlineData(" wl-cr-a-01-01 ")]
    [InlineData("CR-A-01-01")]
    [InlineData("cr-a-01-01")]
    [InlineData("A-01-01")]
    public async Task A_posted_lines_bin_is_found_by_its_label_code_its_own_code_or_its_bin(string location)
    {
        var body = new
        {
            reason = "Donation",
            clientId = "loc-" + Guid.NewGuid().ToString("N")[..12],
            lines = new[] { new { code = "FH-0002", quantity = 1, location } },
        };

        var response = await factory.StationClient().PostAsJsonAsync("/api/receipts", body);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var posted = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("CR-A-01-01", posted.GetProperty("lines")[0].GetProperty("locationCode").GetString());
    }
}
