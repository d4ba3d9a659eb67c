using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Warehouse.Web.Features.Integrity;

namespace Warehouse.Web.Tests.Integrity;

/// The hash chains over the audit trail and the ledger, verified over HTTP on real SQLite copies of the demo data: a
/// POST starts the check in the background, a GET answers the latest stored result at once.
public sealed class ChainVerifyTests
{
    [Fact]
    public async Task Both_chains_verify_on_the_demo_data_for_auditors_and_administrators_only()
    {
        using var factory = new WarehouseFactory();
        foreach (var user in new[] { "auditor", "admin" })
        {
            var verdict = await VerifyAsync(await factory.SignedInClientAsync(user));
            Assert.True(verdict.GetProperty("intact").GetBoolean());
            Assert.True(verdict.GetProperty("through").GetInt64() > 0);
            Assert.All(verdict.GetProperty("chains").EnumerateArray(), c => Assert.True(c.GetProperty("through").GetInt64() > 0));
        }
        var manager = await factory.SignedInClientAsync("manager");
        Assert.Equal(HttpStatusCode.Forbidden, (await manager.GetAsync("/api/audit/verify")).StatusCode);
        var page = await (await factory.SignedInClientAsync("auditor")).GetStringAsync("/Admin/Audit/Verify");
        Assert.Contains("两条链均完整。", page);
        Assert.Contains("data-testid=\"verify-checked-at\"", page);
        Assert.Contains("/Admin/Audit/Verify", await (await factory.SignedInClientAsync("auditor")).GetStringAsync("/Audit"));
    }

    [Theory]
    [InlineData("AuditEntries", "audit", "\"Detail\" = 'rewritten'")]
    [InlineData("StockMovements", "ledger", "\"Quantity\" = \"Quantity\" + 1")]
    public async Task A_row_altered_in_the_database_is_named_exactly(string table, string chain, string change)
    {
        using var factory = new WarehouseFactory();
        long id;
        await using (var db = factory.NewDbContext())
        {
            // The table, trigger and change are the test's own constants.
            var fourth = "SELECT \"Id\" AS \"Value\" FROM \"" + table + "\" ORDER BY \"Id\" LIMIT 1 OFFSET 3";
            id = await db.Database.SqlQueryRaw<long>(fourth).SingleAsync();
            var drop = "DROP TRIGGER TR_" + table + "_NoUpdate";
            var alter = "UPDATE \"" + table + "\" SET " + change + " WHERE \"Id\" = {0}";
            await db.Database.ExecuteSqlRawAsync(drop);
            await db.Database.ExecuteSqlRawAsync(alter, id);
        }

        var verdict = await VerifyAsync(await factory.SignedInClientAsync("auditor"));

        Assert.False(verdict.GetProperty("intact").GetBoolean());
        var broken = verdict.GetProperty("firstBreak");
        Assert.Equal(chain, broken.GetProperty("chain").GetString());
        Assert.Equal(id, broken.GetProperty("rowId").GetInt64());
        Assert.StartsWith("hash ", broken.GetProperty("expected").GetString());
    }

    [Fact]
    public async Task Twenty_parallel_postings_over_http_leave_both_chains_intact()
    {
        using var factory = new WarehouseFactory();
        var responses = await Task.WhenAll(Enumerable.Range(0, 20).Select(i => factory.StationClient().PostAsJsonAsync(
            i % 2 == 0 ? "/api/receipts" : "/api/issues",
            new { reason = i % 2 == 0 ? "Purchase" : "InternalUse", clientId = $"chain-{i}", lines = new[] { new { code = "SJ-0101", quantity = 1 } } })));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Created, r.StatusCode));
        var verdict = await VerifyAsync(await factory.SignedInClientAsync("auditor"));
        Assert.True(verdict.GetProperty("intact").GetBoolean(), verdict.ToString());
    }

    [Fact]
    public async Task Before_any_check_the_api_answers_no_content_and_the_page_says_so_with_a_button_to_verify_now()
    {
        using var factory = new WarehouseFactory();
        var auditor = await factory.SignedInClientAsync("auditor", "en");

        Assert.Equal(HttpStatusCode.NoContent, (await auditor.GetAsync("/api/audit/verify")).StatusCode);
        var page = await auditor.GetStringAsync("/Admin/Audit/Verify");
        Assert.Contains("No check has run yet.", page);
        Assert.Contains("data-testid=\"verify-now\"", page);
    }

    [Fact]
    public async Task Verify_now_on_the_page_runs_the_check_in_the_background_and_the_page_then_shows_its_result()
    {
        using var factory = new WarehouseFactory();
        var auditor = await factory.SignedInClientAsync("auditor", "en");

        var started = await auditor.PostFormAsync("/Admin/Audit/Verify", "/Admin/Audit/Verify", []);

        Assert.Equal(HttpStatusCode.Redirect, started.StatusCode);
        Assert.Equal("/Admin/Audit/Verify", started.Headers.Location?.OriginalString);
        await LatestAsync(auditor);
        var page = await auditor.GetStringAsync("/Admin/Audit/Verify");
        Assert.Contains("Both chains are intact.", page);
        Assert.DoesNotContain("data-testid=\"verify-running\"", page);
        var progress = await auditor.GetFromJsonAsync<JsonElement>("/Admin/Audit/Verify/Progress");
        Assert.False(progress.GetProperty("running").GetBoolean());
    }

    [Fact]
    public async Task A_running_check_counts_its_rows_and_a_stopped_one_stores_nothing()
    {
        using var factory = new WarehouseFactory();
        var runs = factory.Services.GetRequiredService<IntegrityRuns>();
        await using var db = factory.NewDbContext();
        var before = await db.IntegrityChecks.CountAsync();

        Assert.True(runs.TryStart("auditor", 10));
        var run = runs.Current!;
        Assert.False(runs.TryStart("admin", 10));
        run.Cancel();
        for (var poll = 0; poll < 600 && run.IsRunning; poll++)
            await Task.Delay(100);

        Assert.False(run.IsRunning);
        Assert.Null(runs.Current);
        Assert.True(await db.IntegrityChecks.CountAsync() <= before + 1);
    }

    /// Starts a check over the API and answers its stored verdict once it has run.
    private static async Task<JsonElement> VerifyAsync(HttpClient client)
    {
        var start = new HttpRequestMessage(HttpMethod.Post, "/api/audit/verify");
        start.Headers.Add("RequestVerificationToken", await client.AntiforgeryTokenAsync("/"));
        var accepted = await client.SendAsync(start);
        Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);
        Assert.Equal("/api/audit/verify", accepted.Headers.Location?.OriginalString);
        return await LatestAsync(client);
    }

    private static async Task<JsonElement> LatestAsync(HttpClient client)
    {
        for (var poll = 0; poll < 1200; poll++)
        {
            var response = await client.GetAsync("/api/audit/verify");
            if (response.StatusCode == HttpStatusCode.OK)
            {
                var verdict = await response.Content.ReadFromJsonAsync<JsonElement>();
                if (!verdict.GetProperty("running").GetBoolean())
                    return verdict;
            }
            await Task.Delay(100);
        }
        throw new TimeoutException("The check did not end within two minutes.");
    }
}
