using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Warehouse.Domain.Auditing;
using Warehouse.Domain.Common;
using Warehouse.Domain.Constants;

namespace Warehouse.Web.Tests.Reports;

/// Closing periods through the pages, each test on a database of its own: a close changes what every later posting may do.
public sealed class PeriodCloseTests
{
    [Fact]
    public async Task A_manager_closes_a_period_and_a_posting_dated_into_it_is_refused_with_a_clear_problem_changing_nothing()
    {
        using var factory = new WarehouseFactory();
        var manager = await factory.SignedInClientAsync("manager");

        var id = await CloseAsync(manager, Today(factory).AddDays(-30), Today(factory));

        Assert.Contains("结账以来台账未变", await manager.GetStringAsync($"/Reports/Periods/{id}"));
        await using var db = factory.NewDbContext();
        var (rows, documents) = (await db.StockMovements.CountAsync(), await db.StockDocuments.CountAsync());
        var response = await factory.StationClient().PostAsJsonAsync("/api/receipts",
            new { reason = "Purchase", clientId = "late-1", lines = new[] { new { code = "FH-0002", quantity = 3 } } });
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("PeriodClosed", problem.GetProperty("code").GetString());
        Assert.Contains("已结账", problem.GetProperty("detail").GetString());
        Assert.Equal((rows, documents), (await db.StockMovements.CountAsync(), await db.StockDocuments.CountAsync()));
        Assert.Equal(1, await db.AuditEntries.CountAsync(a => a.Action == AuditActions.PeriodClosed && a.UserName == "manager"));
    }

    [Fact]
    public async Task The_auditor_closes_and_signs_off_and_the_page_names_a_document_altered_directly_in_the_database()
    {
        using var factory = new WarehouseFactory();
        var auditor = await factory.SignedInClientAsync("auditor");
        var id = await CloseAsync(auditor, Today(factory).AddDays(-30), Today(factory));

        var signed = await auditor.PostFormAsync($"/Reports/Periods/{id}", $"/Reports/Periods/{id}/SignOff",
            new() { ["Comment"] = "账实相符" });

        Assert.Equal(HttpStatusCode.Redirect, signed.StatusCode);
        var page = await auditor.GetStringAsync($"/Reports/Periods/{id}");
        Assert.Contains("签核以来台账未变", page);
        Assert.Contains("账实相符", page);
        var english = await factory.SignedInClientAsync("auditor", "en");
        Assert.Contains("Ledger unchanged since sign-off.", await english.GetStringAsync($"/Reports/Periods/{id}"));
        await using var db = factory.NewDbContext();
        Assert.Equal(1, await db.AuditEntries.CountAsync(a => a.Action == AuditActions.PeriodSignedOff && a.Detail == "账实相符"));

        var altered = await db.StockDocuments.OrderBy(d => d.Id).Skip(3).Select(d => new { d.Id, d.Number }).FirstAsync();
        await db.Database.ExecuteSqlRawAsync("DROP TRIGGER TR_StockMovements_NoUpdate");
        await db.Database.ExecuteSqlAsync($"UPDATE StockMovements SET Quantity = Quantity + 1 WHERE DocumentId = {altered.Id}");

        page = await auditor.GetStringAsync($"/Reports/Periods/{id}");
        Assert.DoesNotContain("签核以来台账未变", page);
        Assert.Contains("该期间的台账与结账时不一致", page);
        Assert.Contains($"<td class=\"wh-code\">{altered.Number}</td><td>被改动</td>", page);
    }

    [Fact]
    public async Task Reversed_overlong_overlapping_and_open_count_periods_are_refused_with_clear_messages_and_close_nothing()
    {
        using var factory = new WarehouseFactory();
        var manager = await factory.SignedInClientAsync("manager");
        var today = Today(factory);
        await CloseAsync(manager, today.AddDays(-60), today.AddDays(-31));

        Assert.Contains("期间开始日", await RefusalAsync(manager, today, today.AddDays(-1)));
        Assert.Contains("最长 5 年", await RefusalAsync(manager, today.AddYears(-6), today));
        Assert.Contains("重叠", await RefusalAsync(manager, today.AddDays(-40), today.AddDays(-20)));
        Assert.Contains("尚未到来", await RefusalAsync(manager, today.AddDays(-30), today.AddDays(1)));
        await PlanCountAsync(factory);
        Assert.Contains("尚未完成", await RefusalAsync(manager, today.AddDays(-30), today));

        await using var db = factory.NewDbContext();
        Assert.Equal(1, await db.ClosedPeriods.CountAsync());
        Assert.Equal(HttpStatusCode.Forbidden, (await (await factory.SignedInClientAsync("keeper"))
            .PostFormAsync("/Reports/ReserveSummary", "/Reports/Periods/Close", Form(today.AddDays(-30), today))).StatusCode);
    }

    internal static DateOnly Today(WarehouseFactory factory) => factory.Services.GetRequiredService<BureauClock>().Today;

    internal static async Task<int> CloseAsync(HttpClient client, DateOnly from, DateOnly to)
    {
        var response = await client.PostFormAsync("/Reports/Periods", "/Reports/Periods/Close", Form(from, to));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!.OriginalString;
        Assert.Matches("/Reports/Periods/[0-9]+$", location);
        return int.Parse(location[(location.LastIndexOf('/') + 1)..]);
    }

    private static async Task<string> RefusalAsync(HttpClient client, DateOnly from, DateOnly to)
    {
        var response = await client.PostFormAsync("/Reports/Periods", "/Reports/Periods/Close", Form(from, to));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.EndsWith("/Reports/Periods", response.Headers.Location!.OriginalString);
        return WebUtility.HtmlDecode(await client.GetStringAsync("/Reports/Periods"));
    }

    private static Dictionary<string, string> Form(DateOnly from, DateOnly to) =>
        new() { ["From"] = from.ToString("yyyy-MM-dd"), ["To"] = to.ToString("yyyy-MM-dd") };

    private static async Task PlanCountAsync(WarehouseFactory factory)
    {
        using var scope = factory.Services.CreateScope();
        await using var db = factory.NewDbContext();
        var depot = await db.Depots.Where(d => d.Code == "CR").Select(d => d.Id).SingleAsync();
        var manager = new Warehouse.Domain.Allocation.WorkflowActor("manager", new HashSet<string> { Roles.Manager }, [], null);
        var planned = await scope.ServiceProvider.GetRequiredService<Warehouse.Data.Counting.Steps.CountPlanning>()
            .PlanAsync(new Warehouse.Data.Counting.CountPlan(depot, Warehouse.Domain.Counting.CountScope.LocationRange, "A-01-01",
                "A-01-01"), manager);
        Assert.True(planned.Succeeded, planned.Error?.Message);
    }
}
