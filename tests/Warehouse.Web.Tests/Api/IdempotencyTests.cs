using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Warehouse.Domain.Stations;

namespace Warehouse.Web.Tests.Api;

/// Over HTTP: client ids belong to their caller, a reused key with another body is refused, and a body is judged by
/// its shape (size, line count, text) before anything is looked up.
public sealed class IdempotencyTests(WarehouseFactory factory) : IClassFixture<WarehouseFactory>
{
    private const string SecondStationKey = "wh_test_second_station_key_0123456789";

    private static object Receipt(string clientId, string code = "FH-0002", int quantity = 1, string? note = null, string? batch = null,
        string? expiry = null, string? supplier = null) =>
        new { reason = "Donation", clientId, note, lines = new[] { new { code, quantity, batch, expiry, supplier } } };

    private static async Task<JsonElement> ProblemAsync(HttpResponseMessage response, HttpStatusCode status, string code)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(code, problem.GetProperty("code").GetString());
        return problem;
    }

    private async Task<(int Documents, int OnHand)> CountsAsync()
    {
        await using var db = factory.NewDbContext();
        return (await db.StockDocuments.CountAsync(), await db.StockBalances.SumAsync(b => b.OnHand));
    }

    private async Task<HttpClient> SecondStationAsync()
    {
        await using (var db = factory.NewDbContext())
        {
            if (!await db.Stations.AnyAsync(s => s.Name == "CR-second"))
            {
                var cr = await db.Depots.SingleAsync(d => d.Code == "CR");
                db.Stations.Add(new Station("CR-second", cr.Id, SecondStationKey, DateTime.UtcNow));
                await db.SaveChangesAsync();
            }
        }
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Add("X-Station-Key", SecondStationKey);
        return client;
    }

    [Fact]
    public async Task Two_stations_using_the_same_client_id_each_get_their_own_document()
    {
        var first = await factory.StationClient().PostAsJsonAsync("/api/receipts", Receipt("scan-1", quantity: 2));
        var second = await (await SecondStationAsync()).PostAsJsonAsync("/api/receipts", Receipt("scan-1", quantity: 3));

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Created, second.StatusCode);
        Assert.False(second.Headers.Contains("Idempotent-Replayed"));
        var a = await first.Content.ReadFromJsonAsync<JsonElement>();
        var b = await second.Content.ReadFromJsonAsync<JsonElement>();
        Assert.NotEqual(a.GetProperty("number").GetString(), b.GetProperty("number").GetString());
        Assert.Equal(3, b.GetProperty("lines")[0].GetProperty("quantity").GetInt32());
    }

    [Fact]
    public async Task A_caller_at_CR_using_a_seed_client_id_gets_a_fresh_posting_of_its_own_never_SC2s_document()
    {
        await using var db = factory.NewDbContext();
        var seeded = await db.StockDocuments.SingleAsync(d => d.ClientId == "seed-opening-SC2-1");
        var keeper = await factory.SignedInClientAsync("keeper");
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/receipts")
        {
            Content = JsonContent.Create(new { depot = "CR", reason = "Donation", clientId = "seed-opening-SC2-1", lines = new[] { new { code = "FH-0002", quantity = 1 } } }),
        };
        request.Headers.Add("RequestVerificationToken", await keeper.AntiforgeryTokenAsync("/Stock/Issue"));

        foreach (var response in new[]
        {
            await factory.StationClient().PostAsJsonAsync("/api/receipts", Receipt("seed-opening-SC2-1")),
            await keeper.SendAsync(request),
        })
        {
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
            Assert.False(response.Headers.Contains("Idempotent-Replayed"));
            var posted = await response.Content.ReadFromJsonAsync<JsonElement>();
            Assert.Equal("CR", posted.GetProperty("depotCode").GetString());
            Assert.NotEqual(seeded.Number, posted.GetProperty("number").GetString());
            Assert.Equal(1, posted.GetProperty("lines").GetArrayLength());
        }
    }

    [Fact]
    public async Task The_same_client_id_with_a_different_body_is_refused_with_422_and_changes_nothing()
    {
        var client = factory.StationClient();
        var first = await client.PostAsJsonAsync("/api/receipts", Receipt("reuse-1", quantity: 2));
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        var before = await CountsAsync();

        var retry = await client.PostAsJsonAsync("/api/receipts", Receipt("reuse-1", quantity: 2));
        var different = await client.PostAsJsonAsync("/api/receipts", Receipt("reuse-1", quantity: 20));

        Assert.Equal(HttpStatusCode.Created, retry.StatusCode);
        Assert.Equal("true", retry.Headers.GetValues("Idempotent-Replayed").Single());
        await ProblemAsync(different, HttpStatusCode.UnprocessableEntity, "IdempotencyKeyReused");
        Assert.Equal(before, await CountsAsync());
    }

    [Fact]
    public async Task Too_many_lines_are_refused_before_any_line_is_looked_up()
    {
        var lines = Enumerable.Range(0, Warehouse.Domain.Stock.StockRules.MaxLines + 1)
            .Select(i => new { code = $"NO-SUCH-{i}", quantity = 1 });
        var response = await factory.StationClient().PostAsJsonAsync("/api/receipts", new { reason = "Donation", clientId = "many", lines });

        // Had the lines been resolved first, the answer would be UnknownCode for the first of them.
        await ProblemAsync(response, HttpStatusCode.BadRequest, "TooManyLines");
    }

    [Fact]
    public async Task A_hundred_thousand_line_body_is_refused_with_400_for_its_line_count()
    {
        var json = "{\"reason\":\"Donation\",\"clientId\":\"huge\",\"lines\":[" + string.Join(",", Enumerable.Repeat("{}", 100_000)) + "]}";
        var response = await factory.StationClient().PostAsync("/api/receipts", new StringContent(json, Encoding.UTF8, "application/json"));

        await ProblemAsync(response, HttpStatusCode.BadRequest, "TooManyLines");
    }

    [Fact]
    public async Task A_body_over_one_megabyte_is_refused_with_a_413_problem()
    {
        var before = await CountsAsync();
        var json = "{\"reason\":\"Donation\",\"clientId\":\"big\",\"note\":\"" + new string('x', 1_100_000) + "\",\"lines\":[]}";
        var response = await factory.StationClient().PostAsync("/api/receipts", new StringContent(json, Encoding.UTF8, "application/json"));

        await ProblemAsync(response, HttpStatusCode.RequestEntityTooLarge, "BodyTooLarge");
        Assert.Equal(before, await CountsAsync());
    }

    [Theory]
    [InlineData("note", "到货\\u0000")]
    [InlineData("note", "\\u001b[2J到货")]
    [InlineData("note", "到货\\u202e")]
    [InlineData("batch", "LOT\\u0000")]
    [InlineData("batch", "LOT\\u2067")]
    [InlineData("supplier", "甲\\u001b公司")]
    [InlineData("supplier", "甲\\u202a公司")]
    public async Task Control_and_text_direction_characters_are_refused_with_400_and_nothing_is_stored(string field, string escaped)
    {
        var text = System.Text.RegularExpressions.Regex.Unescape(escaped);
        await using var db = factory.NewDbContext();
        var batchItem = await db.Items.FirstAsync(i => i.Tracking == Domain.Catalog.TrackingMode.Batch);
        var before = await CountsAsync();
        var body = Receipt($"ctl-{Convert.ToHexString(Encoding.UTF8.GetBytes(field + text))}", batchItem.Code, 1, note: field == "note" ? text : null,
            batch: field == "batch" ? text : "CLEAN-LOT", expiry: "2030-01-01", supplier: field == "supplier" ? text : null);

        var response = await factory.StationClient().PostAsJsonAsync("/api/receipts", body);

        var problem = await ProblemAsync(response, HttpStatusCode.BadRequest, "TextHasControlCharacters");
        Assert.Contains(field, problem.GetProperty("detail").GetString());
        Assert.Equal(before, await CountsAsync());
    }

    [Fact]
    public async Task A_new_lot_that_has_already_expired_is_refused()
    {
        await using var db = factory.NewDbContext();
        var batchItem = await db.Items.FirstAsync(i => i.Tracking == Domain.Catalog.TrackingMode.Batch);
        var yesterday = DateTime.UtcNow.AddDays(-2).ToString("yyyy-MM-dd");

        var response = await factory.StationClient().PostAsJsonAsync("/api/receipts",
            Receipt("expired-lot", batchItem.Code, 5, batch: "STALE-LOT", expiry: yesterday));

        await ProblemAsync(response, HttpStatusCode.BadRequest, "LotAlreadyExpired");
        Assert.False(await db.Batches.AnyAsync(b => b.Lot == "STALE-LOT"));
    }
}
