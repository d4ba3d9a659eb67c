using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Warehouse.Domain.Auditing;

namespace Warehouse.Web.Tests.Api;

public sealed class ApiTests(WarehouseFactory factory) : IClassFixture<WarehouseFactory>
{
    private static object Body(string clientId, string code, int quantity, string? depot = null, string reason = "InternalUse", string? serial = null, string? batch = null, string? expiry = null) =>
        new { depot, reason, clientId, lines = new[] { new { code, quantity, serial, batch, expiry } } };

    private static async Task<JsonElement> ProblemAsync(HttpResponseMessage response, HttpStatusCode status, string code)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(code, problem.GetProperty("code").GetString());
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("detail").GetString()));
        Assert.DoesNotContain("   at ", problem.GetProperty("detail").GetString());
        return problem;
    }

    private async Task<int> OnHandAsync(string itemCode, string depotCode = "CR")
    {
        await using var db = factory.NewDbContext();
        return await db.StockBalances.Where(b => b.Item!.Code == itemCode && b.Depot!.Code == depotCode).SumAsync(b => b.OnHand);
    }

    [Fact]
    public async Task Health_answers_200_when_the_database_is_reachable()
    {
        var response = await factory.CreateClient().GetAsync("/health");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Readiness_names_its_checks_and_fails_while_liveness_holds_when_the_schema_is_not_this_builds()
    {
        await using var app = new WarehouseFactory();
        var client = app.CreateClient();
        var ready = await client.GetFromJsonAsync<JsonElement>("/health/ready");
        Assert.Equal("Healthy", ready.GetProperty("status").GetString());
        Assert.Equal(["database", "print-worker"], ready.GetProperty("checks").EnumerateObject().Select(c => c.Name).Order());

        await using (var db = app.NewDbContext())
            await db.Database.ExecuteSqlRawAsync(
                """DELETE FROM "__EFMigrationsHistory" WHERE "MigrationId" = (SELECT max("MigrationId") FROM "__EFMigrationsHistory")""");

        var notReady = await client.GetAsync("/health/ready");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, notReady.StatusCode);
        Assert.DoesNotContain("Migrations", await notReady.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/live")).StatusCode);
    }

    [Theory]
    [InlineData("FH-0001", "item")]
    [InlineData("WI-FH-0001", "item")]
    [InlineData("WL-CR-A-01-01", "location")]
    [InlineData("06904213001011", "item")]
    [InlineData("]E006904213001011", "item")]
    [InlineData("WB-B000001", "batch")]
    public async Task A_scanned_code_says_what_it_is_with_the_item_and_its_stock(string code, string kind)
    {
        var info = await factory.StationClient().GetFromJsonAsync<JsonElement>("/api/codes/" + Uri.EscapeDataString(code));
        Assert.Equal(kind, info.GetProperty("kind").GetString());
        if (kind != "location")
        {
            Assert.False(string.IsNullOrEmpty(info.GetProperty("item").GetProperty("name").GetString()));
            Assert.Contains(info.GetProperty("stock").EnumerateArray(), s => s.GetProperty("depotCode").GetString() == "CR");
        }
    }

    [Fact]
    public async Task An_unknown_code_is_a_clear_404_problem()
    {
        var response = await factory.StationClient().GetAsync("/api/codes/NO-SUCH-THING");
        var problem = await ProblemAsync(response, HttpStatusCode.NotFound, "UnknownCode");
        Assert.Contains("NO-SUCH-THING", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task A_station_posts_a_receipt_and_an_issue_at_its_own_depot_without_naming_it()
    {
        var client = factory.StationClient();
        var before = await OnHandAsync("FH-0002");

        var receipt = await client.PostAsJsonAsync("/api/receipts", Body("api-r1", "WI-FH-0002", 7, reason: "Donation"));
        var issue = await client.PostAsJsonAsync("/api/issues", Body("api-i1", "FH-0002", 3));

        Assert.Equal(HttpStatusCode.Created, receipt.StatusCode);
        Assert.Equal(HttpStatusCode.Created, issue.StatusCode);
        var posted = await issue.Content.ReadFromJsonAsync<JsonElement>();
        Assert.StartsWith("CK", posted.GetProperty("number").GetString());
        Assert.Equal("CR", posted.GetProperty("depotCode").GetString());
        Assert.Equal(before + 4, await OnHandAsync("FH-0002"));
        await using var db = factory.NewDbContext();
        Assert.True(await db.AuditEntries.AnyAsync(a => a.Action == AuditActions.StockReceipt && a.UserName.StartsWith("station:")));
    }

    [Fact]
    public async Task Posting_the_same_client_id_twice_records_it_once_and_answers_the_first_result()
    {
        var client = factory.StationClient();
        var before = await OnHandAsync("FH-0003");

        var first = await client.PostAsJsonAsync("/api/issues", Body("api-twice", "FH-0003", 2));
        var second = await client.PostAsJsonAsync("/api/issues", Body("api-twice", "FH-0003", 2));

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Created, second.StatusCode);
        Assert.Equal("true", second.Headers.GetValues("Idempotent-Replayed").Single());
        var a = await first.Content.ReadFromJsonAsync<JsonElement>();
        var b = await second.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(a.GetProperty("number").GetString(), b.GetProperty("number").GetString());
        Assert.Equal(before - 2, await OnHandAsync("FH-0003"));
    }

    [Theory]
    [InlineData("NOPE-123", 1, HttpStatusCode.UnprocessableEntity, "UnknownCode")]
    [InlineData("FH-0001", 0, HttpStatusCode.BadRequest, "QuantityNotPositive")]
    [InlineData("FH-0001", -4, HttpStatusCode.BadRequest, "QuantityNotPositive")]
    [InlineData("FH-0001", 5_000_000, HttpStatusCode.BadRequest, "QuantityTooLarge")]
    [InlineData("FH-0001", 999_999, HttpStatusCode.Conflict, "NotEnoughStock")]
    [InlineData("WL-CR-A-01-01", 1, HttpStatusCode.BadRequest, "CodeIsNotItem")]
    public async Task A_refused_issue_is_a_problem_and_changes_nothing(string code, int quantity, HttpStatusCode status, string problemCode)
    {
        var before = await OnHandAsync("FH-0001");
        await using var db = factory.NewDbContext();
        var documents = await db.StockDocuments.CountAsync();

        var response = await factory.StationClient().PostAsJsonAsync("/api/issues", Body($"bad-{problemCode}-{quantity}", code, quantity));

        await ProblemAsync(response, status, problemCode);
        Assert.Equal(before, await OnHandAsync("FH-0001"));
        Assert.Equal(documents, await db.StockDocuments.CountAsync());
    }

    [Fact]
    public async Task A_depot_that_is_not_the_stations_is_refused()
    {
        var response = await factory.StationClient().PostAsJsonAsync("/api/issues", Body("other-depot", "FH-0001", 1, depot: "SC2"));
        await ProblemAsync(response, HttpStatusCode.Forbidden, "DepotNotYours");
    }

    [Theory]
    [InlineData("{\"reason\":\"Intern")]
    [InlineData("{\"reason\":\"InternalUse\",\"lines\":[{\"code\":\"FH-0001\",\"quantity\":1}]}")]
    [InlineData("{\"reason\":\"Teleport\",\"clientId\":\"x\",\"lines\":[]}")]
    [InlineData("[]")]
    public async Task A_malformed_body_is_a_clear_400_problem(string json)
    {
        var response = await factory.StationClient().PostAsync("/api/issues", new StringContent(json, Encoding.UTF8, "application/json"));
        await ProblemAsync(response, HttpStatusCode.BadRequest, "MalformedBody");
    }

    [Fact]
    public async Task An_unknown_station_key_is_refused_with_401()
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Add("X-Station-Key", "wh_not_a_key");
        var response = await client.GetAsync("/api/stock");
        await ProblemAsync(response, HttpStatusCode.Unauthorized, "unauthorized");
        Assert.Equal(HttpStatusCode.Unauthorized, (await factory.CreateClient().GetAsync("/api/stock")).StatusCode);
    }

    [Fact]
    public async Task Stock_balances_are_filtered_and_limited_to_the_callers_depots()
    {
        var rows = (await factory.StationClient().GetFromJsonAsync<JsonElement>("/api/stock?class=FoodAndShelter")).GetProperty("rows");
        Assert.NotEmpty(rows.EnumerateArray());
        Assert.All(rows.EnumerateArray(), r =>
        {
            Assert.Equal("CR", r.GetProperty("depotCode").GetString());
            Assert.Equal("FoodAndShelter", r.GetProperty("class").GetString());
        });
        var auditor = await factory.SignedInClientAsync("auditor");
        var all = (await auditor.GetFromJsonAsync<JsonElement>("/api/stock?item=FH-0001")).GetProperty("rows");
        Assert.True(all.EnumerateArray().Select(r => r.GetProperty("depotCode").GetString()).Distinct().Count() > 1);
    }

    [Fact]
    public async Task Batch_receipt_by_gs1_scan_creates_the_batch_with_lot_and_expiry()
    {
        var gs1 = "(01)06904213001011(17)281231(10)GS1LOT7";
        await using var db = factory.NewDbContext();
        var item = await db.Items.SingleAsync(i => i.Gtin == "06904213001011");
        Assert.Equal(Domain.Catalog.TrackingMode.None, item.Tracking);
        var batchItem = await db.Items.FirstAsync(i => i.Tracking == Domain.Catalog.TrackingMode.Batch);

        var response = await factory.StationClient().PostAsJsonAsync("/api/receipts",
            Body("gs1-r1", batchItem.Code, 12, reason: "Purchase", batch: "NEWLOT-1", expiry: "2028-06-30"));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var batch = await db.Batches.SingleAsync(b => b.Lot == "NEWLOT-1");
        Assert.Equal(new DateOnly(2028, 6, 30), batch.Expiry);
        var plain = await factory.StationClient().PostAsJsonAsync("/api/receipts", Body("gs1-r2", gs1, 1, reason: "Purchase"));
        await ProblemAsync(plain, HttpStatusCode.BadRequest, "NotTracked");
    }
}
