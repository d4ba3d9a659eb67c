using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Warehouse.Data;
using Warehouse.Data.Allocation;
using Warehouse.Domain.Allocation;
using Warehouse.Domain.Common;
using Warehouse.Web.Features.Allocation.TransferTimes;

namespace Warehouse.Web.Tests.Reports;

/// The transfer-time report reads kept per-day tallies beside the deliveries not yet tallied: it reads the same whatever
/// the keeper has done, the keeper counts each delivery once however many instances run it, and a busy period's late
/// requests are listed slowest first up to a limit.
public sealed partial class TransferTalliesTests
{
    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task The_report_reads_the_same_before_part_way_and_after_the_keeper_has_tallied_every_delivery(string provider)
    {
        await using var app = new UntalliedFactory(provider);
        var before = await ReportAsync(app);
        Assert.Empty(await TalliesAsync(app));

        await using (var scope = app.Services.CreateAsyncScope())
        {
            var refresh = new TransferTallyRefresh(scope.ServiceProvider.GetRequiredService<WarehouseDbContext>(),
                scope.ServiceProvider.GetRequiredService<DeliveryClocks>(), scope.ServiceProvider.GetRequiredService<BureauClock>())
            {
                StepDeliveries = 2,
            };
            Assert.Equal(2, await refresh.RunAsync(CancellationToken.None, steps: 1));
        }
        Assert.Equal(before, await ReportAsync(app));

        var keeper = app.Services.GetRequiredService<TransferTallyKeeper>();
        var delivered = await DeliveredAsync(app);
        Assert.Equal(delivered - 2, await keeper.RunOnceAsync(CancellationToken.None));
        Assert.Equal(0, await keeper.RunOnceAsync(CancellationToken.None));
        Assert.Equal(before, await ReportAsync(app));

        var tallies = await TalliesAsync(app);
        Assert.Equal(delivered, tallies.Where(t => t.Leg == LegKind.Total).Sum(t => t.Count));
        Assert.Contains(tallies, t => t.Leg == LegKind.Transit && t.Source == "" && t.Destination == "");
        await using var db = app.NewDbContext();
        Assert.Equal(0, await db.Dispatches.Untallied().CountAsync(d => d.DeliveredAt != null));
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Refreshes_running_at_once_count_each_delivery_once(string provider)
    {
        await using var app = new UntalliedFactory(provider);
        var delivered = await DeliveredAsync(app);

        var runs = await Task.WhenAll(Enumerable.Range(0, 4).Select(async _ =>
        {
            await using var scope = app.Services.CreateAsyncScope();
            var refresh = new TransferTallyRefresh(scope.ServiceProvider.GetRequiredService<WarehouseDbContext>(),
                scope.ServiceProvider.GetRequiredService<DeliveryClocks>(), scope.ServiceProvider.GetRequiredService<BureauClock>())
            {
                StepDeliveries = 1,
            };
            return await refresh.RunAsync(CancellationToken.None);
        }));
        // A refresh that found its batch taken by another stops; whatever is left, the next round takes.
        var rest = await app.Services.GetRequiredService<TransferTallyKeeper>().RunOnceAsync(CancellationToken.None);

        Assert.Equal(delivered, runs.Sum() + rest);
        Assert.Equal(delivered, (await TalliesAsync(app)).Where(t => t.Leg == LegKind.Total).Sum(t => t.Count));
    }

    [Fact]
    public async Task A_period_with_more_late_requests_than_are_listed_lists_the_slowest_and_says_how_many_there_are()
    {
        await using var app = new UntalliedFactory(Providers.Sqlite, ("Reports:TransferTimes:BreachesShown", "1"));
        await using var full = new UntalliedFactory(Providers.Sqlite);

        var all = Rows(await (await full.SignedInClientAsync("manager")).GetStringAsync("/Reports/TransferTimes"));
        var html = await (await app.SignedInClientAsync("manager")).GetStringAsync("/Reports/TransferTimes");

        Assert.True(all.Count >= 2, $"the demo has {all.Count} late requests");
        Assert.Equal([all[0]], Rows(html));
        Assert.Contains($"共 {all.Count} 个申请超出时限，此处列出最慢的 1 个", html);
        Assert.DoesNotContain("data-testid=\"breaches-cut\"", await (await full.SignedInClientAsync("manager")).GetStringAsync("/Reports/TransferTimes"));
    }

    [Fact]
    public async Task A_department_sees_only_its_own_late_requests_and_their_count()
    {
        await using var app = new UntalliedFactory(Providers.Sqlite);
        await using var db = app.NewDbContext();
        var dept = await db.Users.SingleAsync(u => u.UserName == "dept");

        var html = await (await app.SignedInClientAsync("dept")).GetStringAsync("/Reports/TransferTimes");

        var own = await db.AllocationRequests.Where(r => r.DepartmentId == dept.DepartmentId).Select(r => r.Number).ToListAsync();
        Assert.All(Rows(html), number => Assert.Contains(number, own));
        Assert.DoesNotContain("data-testid=\"breaches-cut\"", html);
    }

    private static List<string> Rows(string html) =>
        BreachNumber().Matches(Regex.Match(html, "data-testid=\"breaches\".*?</table>", RegexOptions.Singleline).Value)
            .Select(m => m.Groups[1].Value).ToList();

    private static async Task<int> DeliveredAsync(WarehouseFactory app)
    {
        await using var db = app.NewDbContext();
        return await db.Dispatches.CountAsync(d => d.DeliveredAt != null) + await db.CallUps.CountAsync(c => c.DeliveredAt != null);
    }

    private static async Task<List<TransferTally>> TalliesAsync(WarehouseFactory app)
    {
        await using var db = app.NewDbContext();
        return await db.TransferTallies.AsNoTracking().ToListAsync();
    }

    /// The report's tables and its breach note over a year, as the manager reads them.
    private static async Task<string> ReportAsync(WarehouseFactory app)
    {
        var manager = await app.SignedInClientAsync("manager", "en");
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var response = await manager.GetAsync($"/Reports/TransferTimes?from={today.AddDays(-365):yyyy-MM-dd}&to={today.AddDays(1):yyyy-MM-dd}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        var tables = string.Join("\n", Table().Matches(html).Select(m => Regex.Replace(m.Value, "\\s+", " ")));
        Assert.Contains("data-leg=\"Transit-0\"", tables);
        return tables;
    }

    [GeneratedRegex("<table.*?</table>", RegexOptions.Singleline)]
    private static partial Regex Table();

    [GeneratedRegex("class=\"wh-code\"[^>]*>([^<]+)</a>")]
    private static partial Regex BreachNumber();

    /// The app with its tally keeper asleep, so a test decides when the tallies are kept.
    private sealed class UntalliedFactory(string provider, params (string Name, string Value)[] settings) : WarehouseFactory(provider)
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Reports:TransferTallies:Enabled", "false");
            foreach (var (name, value) in settings)
                builder.UseSetting(name, value);
        }
    }
}
