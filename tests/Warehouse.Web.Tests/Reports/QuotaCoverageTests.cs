using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Warehouse.Data;
using Warehouse.Web.Features.Reports.ReserveSummary;

namespace Warehouse.Web.Tests.Reports;

/// The quota coverage at a period's end, read from the rows after the end (a period that ended lately) or from each
/// balance's figure at the end (one long past): both ways give the same coverage.
public sealed class QuotaCoverageTests(WarehouseFactory factory) : IClassFixture<WarehouseFactory>
{
    [Fact]
    public async Task Coverage_at_a_past_end_is_the_same_read_per_balance_as_read_from_the_rows_after_the_end()
    {
        await ReceiveAsync("coverage-before", 10);
        await Task.Delay(20);
        var end = DateTime.UtcNow;
        await Task.Delay(20);
        await ReceiveAsync("coverage-after", 50);

        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<WarehouseDbContext>();
        var fromRows = await new QuotaCoverageQuery(db).AtAsync(end, default);
        var perBalance = await new QuotaCoverageQuery(db) { PerBalanceFromRows = 0 }.AtAsync(end, default);
        var now = await new QuotaCoverageQuery(db).AtAsync(DateTime.UtcNow.AddDays(1), default);

        Assert.Equal(fromRows, perBalance);
        var atEnd = fromRows.Single(r => r.Depot == "CR");
        var today = now.Single(r => r.Depot == "CR");
        Assert.True(today.CoveredQuantity > atEnd.CoveredQuantity, "the receipt after the end covers more of the target today");
        Assert.True(atEnd.CoveredQuantity > 0);
    }

    private async Task ReceiveAsync(string clientId, int quantity)
    {
        var body = new { reason = "Donation", clientId, lines = new[] { new { code = "FH-0002", quantity } } };
        var response = await factory.StationClient().PostAsJsonAsync("/api/receipts", body);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }
}
