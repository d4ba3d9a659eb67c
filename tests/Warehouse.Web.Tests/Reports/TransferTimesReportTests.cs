using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Warehouse.Domain.Allocation;
using Warehouse.Domain.Auditing;

namespace Warehouse.Web.Tests.Reports;

/// The transfer-time report on the demo's deliveries, and the breach reason a manager gives when closing a late request.
public sealed partial class TransferTimesReportTests(WarehouseFactory factory) : IClassFixture<WarehouseFactory>
{
    private async Task<AllocationRequest> SeededAsync(string incident)
    {
        await using var db = factory.NewDbContext();
        return await db.AllocationRequests.AsNoTracking().SingleAsync(r => r.Incident == incident);
    }

    private static string Section(string html, string testId) =>
        Regex.Match(html, $"data-testid=\"{testId}\".*?</table>", RegexOptions.Singleline).Value;

    [Fact]
    public async Task The_report_shows_every_leg_the_histogram_against_the_target_and_the_breaches_with_their_reasons()
    {
        var manager = await factory.SignedInClientAsync("manager");
        var blocked = await SeededAsync("山洪冲毁便道");
        var late = await SeededAsync("台风“海葵”转移安置");

        var html = await manager.GetStringAsync("/Reports/TransferTimes");

        var legs = Section(html, "legs");
        foreach (var leg in new[] { "ApprovalStep-1", "ToPicking-0", "Picking-0", "Transit-0" })
            Assert.Contains($"data-leg=\"{leg}\"", legs);
        Assert.Contains("发运 → 签收", legs);
        var histogram = Section(html, "histogram");
        var counts = Regex.Matches(histogram, "<td class=\"num\">(\\d+)</td>").Select(m => int.Parse(m.Groups[1].Value)).ToList();
        Assert.Equal(9, counts.Count);
        var delivered = Regex.Matches(Section(html, "transfer-times"), "<tr><td>[^<]*</td><td>[^<]*</td><td class=\"num\">(\\d+)</td>")
            .Sum(m => int.Parse(m.Groups[1].Value));
        Assert.Equal(delivered, counts.Sum());
        Assert.Contains("data-chart=\"histogram\"", html);
        var breaches = Section(html, "breaches");
        Assert.Matches($"{blocked.Number}.*?170.*?发运 → 签收.*?道路受阻.*?便道被山洪冲毁.*?manager", Regex.Replace(breaches, "\\s+", " "));
        Assert.Matches($"{late.Number}.*?175", Regex.Replace(breaches, "\\s+", " "));
    }

    [Fact]
    public async Task The_report_reads_in_english_with_the_legs_and_reasons_in_english()
    {
        var manager = await factory.SignedInClientAsync("manager", "en");

        var html = await manager.GetStringAsync("/Reports/TransferTimes");

        Assert.Contains("Dispatched → delivered", Section(html, "legs"));
        Assert.Contains("Road blocked", Section(html, "breaches"));
        Assert.Contains("Target 120 min", html);
    }

    [Fact]
    public async Task A_manager_closing_a_late_request_must_say_why_and_the_reason_then_shows_on_the_request_and_the_report()
    {
        var manager = await factory.SignedInClientAsync("manager");
        var late = await SeededAsync("台风“海葵”转移安置");
        var details = await manager.GetStringAsync($"/Requests/Details/{late.Id}");
        Assert.Contains("data-testid=\"close-late\"", details);
        Assert.Single(Regex.Matches(details, "data-testid=\"fire-Close\""));

        var refused = await manager.PostFormAsync($"/Requests/Details/{late.Id}", $"/Requests/Fire/{late.Id}", new()
        {
            ["version"] = late.Version.ToString(), ["trigger"] = "Close", ["breachNote"] = "",
        });
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.Contains("结案前请选择超时原因", await manager.GetStringAsync($"/Requests/Details/{late.Id}"));
        var unchanged = await SeededAsync(late.Incident);
        Assert.Equal((RequestState.Delivered, late.Version, null), (unchanged.State, unchanged.Version, unchanged.BreachReason));

        var closed = await manager.PostFormAsync($"/Requests/Details/{late.Id}", $"/Requests/Fire/{late.Id}", new()
        {
            ["version"] = late.Version.ToString(), ["trigger"] = "Close", ["breachReason"] = "StockShort", ["breachNote"] = "中心库帐篷不足，分中心补调",
        });
        Assert.Equal(HttpStatusCode.Redirect, closed.StatusCode);
        var stored = await SeededAsync(late.Incident);
        Assert.Equal((RequestState.Closed, BreachReason.StockShort, "中心库帐篷不足，分中心补调"),
            (stored.State, stored.BreachReason, stored.BreachNote));
        Assert.Contains("库存不足", await manager.GetStringAsync($"/Requests/Details/{late.Id}"));
        Assert.Matches($"{late.Number}.*?库存不足.*?中心库帐篷不足", Regex.Replace(Section(await manager.GetStringAsync("/Reports/TransferTimes"),
            "breaches"), "\\s+", " "));
        await using var db = factory.NewDbContext();
        Assert.Single(await db.AuditEntries.Where(a => a.Action == AuditActions.BreachExplained && a.Subject == late.Number).ToListAsync());
    }
}
