using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Warehouse.Web.Features.Operations;

namespace Warehouse.Web.Tests.Operations;

/// /metrics in the Prometheus format, and who may read it.
public sealed class MetricsTests
{
    [Fact]
    public async Task An_administrator_reads_postings_refusals_the_print_queue_and_requests_by_state()
    {
        await using var app = new WarehouseFactory();
        var station = app.StationClient();
        var posted = await station.PostAsJsonAsync("/api/receipts", new
        {
            reason = "Purchase", clientId = "metrics-in", lines = new[] { new { code = "SJ-0101", quantity = 2 } },
        });
        Assert.Equal(HttpStatusCode.Created, posted.StatusCode);
        var refused = await station.PostAsJsonAsync("/api/issues", new
        {
            reason = "InternalUse", clientId = "metrics-out", lines = new[] { new { code = "SJ-0101", quantity = 999_999 } },
        });
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        await app.Services.GetRequiredService<OperationsGauges>().RefreshAsync(CancellationToken.None);

        var admin = await app.SignedInClientAsync("admin");
        var metrics = await admin.GetStringAsync("/metrics");

        Assert.Matches("warehouse_postings_total\\{[^}]*kind=\"Receipt\"", metrics);
        Assert.Matches("warehouse_refusals_total\\{[^}]*area=\"posting\",code=\"NotEnoughStock\"", metrics);
        Assert.Contains("warehouse_print_queue", metrics);
        Assert.Matches("warehouse_requests\\{[^}]*state=\"Submitted\"\\} 1", metrics);
        Assert.Contains("warehouse_requests_overdue", metrics);
        Assert.Matches("warehouse_signalr_connections(\\{[^}]*\\})? 0", metrics);
        Assert.Contains("http_server_request_duration_seconds", metrics);
    }

    [Fact]
    public async Task Nobody_else_reads_the_metrics_unless_they_call_from_an_allowed_network()
    {
        await using var app = new WarehouseFactory();
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.SignedInClientAsync("keeper")).GetAsync("/metrics")).StatusCode);
        Assert.NotEqual(HttpStatusCode.OK, (await app.StationClient().GetAsync("/metrics")).StatusCode);
        var anonymous = await app.CreateClient(new() { AllowAutoRedirect = false }).GetAsync("/metrics");
        Assert.NotEqual(HttpStatusCode.OK, anonymous.StatusCode);

        await using var closed = new KestrelWarehouseFactory();
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false });
        Assert.NotEqual(HttpStatusCode.OK, (await http.GetAsync($"{closed.BaseUrl}/metrics")).StatusCode);
        await using var open = new KestrelWarehouseFactory(("Metrics:AllowedNetworks:0", "127.0.0.0/8"));
        var scraped = await http.GetAsync($"{open.BaseUrl}/metrics");
        Assert.Equal(HttpStatusCode.OK, scraped.StatusCode);
        Assert.Contains("warehouse_requests", await scraped.Content.ReadAsStringAsync());
    }
}
