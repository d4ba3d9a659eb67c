using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;

namespace Warehouse.Web.Tests.Integrity;

/// The hash chains over the audit trail and the ledger, verified over HTTP on real SQLite copies of the demo data.
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
        Assert.Contains("data-testid=\"verify-verdict\"", page);
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

    private static async Task<JsonElement> VerifyAsync(HttpClient client)
    {
        var response = await client.GetAsync("/api/audit/verify");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}
