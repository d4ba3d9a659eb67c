using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Warehouse.Domain.Allocation;
using Warehouse.Web.Features.Allocation;

namespace Warehouse.Web.Tests.Reports;

/// The delivery times behind the reserve summary and the transfer-time report join each delivery to its request's
/// submission; on SQLite and PostgreSQL alike each delivery counts once, timed from that submission.
public sealed partial class DeliveryTimesTests
{
    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Delivery_times_count_each_delivery_once_timed_from_its_requests_submission(string provider)
    {
        await using var app = provider == Providers.Postgres ? new PostgresWarehouseFactory() : new WarehouseFactory();
        await using var scope = app.Services.CreateAsyncScope();
        var queries = scope.ServiceProvider.GetRequiredService<AllocationQueries>();

        var (routes, all) = await queries.DeliveryTimesAsync(new DateOnly(2000, 1, 1), DateOnly.FromDateTime(DateTime.UtcNow).AddDays(2),
            CancellationToken.None);

        var minutes = await ExpectedMinutesAsync(app);
        Assert.True(minutes.Count > 3, $"only {minutes.Count} deliveries in the demo data");
        Assert.Equal(minutes.Count, all.Count);
        Assert.Equal(minutes.Count, routes.Sum(r => r.Count));
        Assert.Equal(Interpolated(minutes, 50), all.MedianMinutes, 0.01);
        Assert.Equal(Interpolated(minutes, 90), all.P90Minutes, 0.01);
    }

    [PostgresFact]
    public async Task The_transfer_time_report_reads_the_same_on_PostgreSQL_as_on_SQLite()
    {
        await using var sqlite = new WarehouseFactory();
        await using var postgres = new PostgresWarehouseFactory();

        var onSqlite = await ReportAsync(sqlite);
        var onPostgres = await ReportAsync(postgres);

        Assert.Contains("data-leg=\"ApprovalStep-1\"", onSqlite);
        Assert.Equal(onSqlite, onPostgres);
    }

    /// The report's tables (routes, legs, breaches with who closed them), as the manager reads them.
    private static async Task<string> ReportAsync(WarehouseFactory app)
    {
        var manager = await app.SignedInClientAsync("manager", "en");
        var response = await manager.GetAsync("/Reports/TransferTimes");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        return string.Join("\n", Table().Matches(html).Select(m => Regex.Replace(m.Value, "\\s+", " ")));
    }

    /// The minutes from submission to delivery of every delivered dispatch and call-up order, worked out here, sorted.
    private static async Task<List<double>> ExpectedMinutesAsync(WarehouseFactory app)
    {
        await using var db = app.NewDbContext();
        var submitted = (await db.RequestTransitions.Where(t => t.To == RequestState.Submitted).Select(t => new { t.RequestId, t.At })
            .ToListAsync()).ToDictionary(t => t.RequestId, t => t.At);
        var delivered = (await db.Dispatches.Where(d => d.DeliveredAt != null).Select(d => new { d.RequestId, At = d.DeliveredAt!.Value })
                .ToListAsync())
            .Concat(await db.CallUps.Where(c => c.DeliveredAt != null).Select(c => new { c.RequestId, At = c.DeliveredAt!.Value }).ToListAsync());
        return delivered.Where(d => submitted.ContainsKey(d.RequestId)).Select(d => (d.At - submitted[d.RequestId]).TotalMinutes).Order()
            .ToList();
    }

    /// PERCENTILE.INC over sorted minutes, written out here.
    private static double Interpolated(List<double> sorted, double p)
    {
        var rank = p / 100 * (sorted.Count - 1);
        var low = (int)Math.Floor(rank);
        var high = (int)Math.Ceiling(rank);
        return sorted[low] + (sorted[high] - sorted[low]) * (rank - low);
    }

    [GeneratedRegex("<table.*?</table>", RegexOptions.Singleline)]
    private static partial Regex Table();
}
