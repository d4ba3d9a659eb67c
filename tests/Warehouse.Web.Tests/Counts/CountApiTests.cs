using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Warehouse.Domain.Printing;
using Warehouse.Domain.Stock;

namespace Warehouse.Web.Tests.Counts;

/// A count over the real HTTP pipeline: a station counts a bin blind while a keeper issues from it, the manager approves.
public sealed class CountApiTests(WarehouseFactory factory) : IClassFixture<WarehouseFactory>
{
    private const string Bin = "WL-CR-A-02-01";

    [Fact]
    public async Task A_bin_counted_while_a_keeper_issues_from_it_shows_only_the_true_variance_and_approval_books_it()
    {
        var station = factory.StationClient();
        var keeper = await factory.SignedInClientAsync("keeper");
        var keeperToken = await keeper.AntiforgeryTokenAsync("/");
        var count = await PlanAsync(station);
        var shelf = await ShelfAsync("CR-A-02-01");

        Assert.Equal(HttpStatusCode.Created, (await LineAsync(station, count, null, 0)).StatusCode);
        var issue = new HttpRequestMessage(HttpMethod.Post, "/api/issues") { Content = JsonContent.Create(new
        {
            depot = "CR", reason = "InternalUse", clientId = "busy-" + count,
            lines = new[] { new { code = "FH-0001", quantity = 5, location = Bin } },
        }) };
        issue.Headers.Add("RequestVerificationToken", keeperToken);
        Assert.Equal(HttpStatusCode.Created, (await keeper.SendAsync(issue)).StatusCode);
        foreach (var (code, onHand) in shelf)
            Assert.Equal(HttpStatusCode.Created, (await LineAsync(station, count, code, code == "FH-0001" ? onHand - 1 : onHand)).StatusCode);

        var blind = await station.GetFromJsonAsync<JsonElement>($"/api/counts/{count}");
        Assert.All(blind.GetProperty("lines").EnumerateArray(), l => Assert.Equal(JsonValueKind.Null, l.GetProperty("expected").ValueKind));
        Assert.Equal(HttpStatusCode.OK, (await station.PostAsync($"/api/counts/{count}/submit", null)).StatusCode);
        var review = await station.GetFromJsonAsync<JsonElement>($"/api/counts/{count}");
        var variance = Assert.Single(review.GetProperty("lines").EnumerateArray(), l => l.GetProperty("variance").GetInt32() != 0);
        Assert.Equal(("FH-0001", -1), (variance.GetProperty("itemCode").GetString(), variance.GetProperty("variance").GetInt32()));

        var manager = await factory.SignedInClientAsync("manager");
        Assert.Equal(HttpStatusCode.Forbidden, (await PostAsync(keeper, keeperToken, $"/api/counts/{count}/approve")).StatusCode);
        var approved = await PostAsync(manager, await manager.AntiforgeryTokenAsync("/"), $"/api/counts/{count}/approve");
        Assert.Equal(HttpStatusCode.OK, approved.StatusCode);
        await AssertBookedAsync(count, (await approved.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("lossDocument").GetString()!);
    }

    [Fact]
    public async Task Bad_count_lines_are_clear_problems_and_a_counter_may_not_approve()
    {
        var station = factory.StationClient();
        var count = await PlanAsync(station);

        await ProblemAsync(await LineAsync(station, count, "FH-0001", -1), HttpStatusCode.BadRequest, "CountQuantityNegative");
        await ProblemAsync(await LineAsync(station, count, "FH-0001", 1, "WL-CR-A-01-01"), HttpStatusCode.BadRequest, "LocationOutsideCount");
        await ProblemAsync(await LineAsync(station, count, "NO-SUCH-CODE", 1), HttpStatusCode.UnprocessableEntity, "UnknownCode");

        var admin = await factory.SignedInClientAsync("admin");
        var token = await admin.AntiforgeryTokenAsync("/");
        var own = await PlanAsync(admin, token);
        foreach (var (code, onHand) in await ShelfAsync("CR-A-02-01"))
            await PostAsync(admin, token, $"/api/counts/{own}/lines", new { location = Bin, code, quantity = onHand, clientId = "a" + code });
        Assert.Equal(HttpStatusCode.OK, (await PostAsync(admin, token, $"/api/counts/{own}/submit")).StatusCode);
        await ProblemAsync(await PostAsync(admin, token, $"/api/counts/{own}/approve"), HttpStatusCode.Forbidden, "CounterCannotApprove");
    }

    private async Task AssertBookedAsync(int count, string lossDocument)
    {
        await using var db = factory.NewDbContext();
        var number = await db.StockCounts.Where(c => c.Id == count).Select(c => c.Number).SingleAsync();
        var loss = await db.StockDocuments.Include(d => d.Movements).SingleAsync(d => d.Number == lossDocument);
        Assert.Equal((StockReason.CountLoss, number, -1), (loss.Reason, loss.Note, loss.Movements.Sum(m => m.Quantity)));
        Assert.True(await db.PrintJobs.AnyAsync(j => j.Kind == PrintJobKind.CountVarianceSlip && j.Title == number));
        var sums = await db.StockMovements.GroupBy(m => m.BalanceId).Select(g => new { g.Key, Sum = g.Sum(m => m.Quantity) })
            .ToDictionaryAsync(g => g.Key, g => g.Sum);
        Assert.All(await db.StockBalances.ToListAsync(), b => Assert.Equal(b.OnHand, sums.GetValueOrDefault(b.Id)));
    }

    private async Task<List<(string Code, int OnHand)>> ShelfAsync(string location)
    {
        await using var db = factory.NewDbContext();
        var rows = await db.StockBalances.Where(b => b.Location!.Code == location && b.OnHand > 0)
            .Select(b => new { b.Item!.Code, Batch = b.Batch!.Number, Unit = b.EquipmentUnit!.AssetNumber, b.OnHand }).ToListAsync();
        return rows.GroupBy(r => r.Unit is not null ? "WE-" + r.Unit : r.Batch is not null ? "WB-" + r.Batch : r.Code)
            .Select(g => (g.Key, g.Sum(r => r.OnHand))).ToList();
    }

    private static async Task<int> PlanAsync(HttpClient client, string? token = null)
    {
        var response = await PostAsync(client, token, "/api/counts", new { depot = "CR", scope = "LocationRange", fromBin = "A-02-01", toBin = "A-02-01" });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("count").GetProperty("id").GetInt32();
    }

    private static Task<HttpResponseMessage> LineAsync(HttpClient client, int count, string? code, int quantity, string location = Bin) =>
        PostAsync(client, null, $"/api/counts/{count}/lines", new { location, code, quantity, clientId = Guid.NewGuid().ToString("N") });

    private static Task<HttpResponseMessage> PostAsync(HttpClient client, string? token, string url, object? body = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = JsonContent.Create(body ?? new { }) };
        if (token is not null)
            request.Headers.Add("RequestVerificationToken", token);
        return client.SendAsync(request);
    }

    private static async Task ProblemAsync(HttpResponseMessage response, HttpStatusCode status, string code)
    {
        Assert.Equal(status, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(code, problem.GetProperty("code").GetString());
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("detail").GetString()));
    }
}
