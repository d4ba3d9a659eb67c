using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;

namespace Warehouse.Web.Tests.Api;

/// The command platform reads a request delivered outside the target with its breach: the minutes over the target and,
/// once the manager closed it, the reason and note given at close; the document describes the breach.
public sealed class RequestBreachApiTests(WarehouseFactory factory) : IClassFixture<WarehouseFactory>
{
    [Fact]
    public async Task A_request_closed_outside_the_target_answers_its_minutes_over_reason_and_note()
    {
        var answer = await AnswerAsync("山洪冲毁便道");

        var breach = answer.GetProperty("breach");
        // Submitted, then approved 20, picked 25, dispatched 30 and delivered 95 minutes later: 170 minutes, 50 over.
        Assert.Equal(50, breach.GetProperty("minutesOver").GetDouble(), 0);
        Assert.Equal("RoadBlocked", breach.GetProperty("reason").GetString());
        Assert.Equal("便道被山洪冲毁，绕行 18 公里", breach.GetProperty("note").GetString());
        Assert.False(answer.GetProperty("withinTarget").GetBoolean());
    }

    [Fact]
    public async Task A_late_request_not_yet_closed_answers_its_minutes_over_without_a_reason_and_a_punctual_one_no_breach()
    {
        var late = await AnswerAsync("台风“海葵”转移安置");
        var punctual = await AnswerAsync("滨江区内涝排险");
        var transit = await AnswerAsync("临江堤防巡查");

        Assert.Equal(55, late.GetProperty("breach").GetProperty("minutesOver").GetDouble(), 0);
        Assert.Equal(JsonValueKind.Null, late.GetProperty("breach").GetProperty("reason").ValueKind);
        Assert.Equal(JsonValueKind.Null, punctual.GetProperty("breach").ValueKind);
        Assert.Equal(JsonValueKind.Null, transit.GetProperty("breach").ValueKind);
    }

    [Fact]
    public async Task The_api_document_describes_the_breach_of_a_request()
    {
        var admin = await factory.SignedInClientAsync("admin");
        using var document = JsonDocument.Parse(await admin.GetStringAsync("/openapi/v1.json"));

        var schemas = document.RootElement.GetProperty("components").GetProperty("schemas");
        var breach = schemas.GetProperty("RequestAnswer").GetProperty("properties").GetProperty("breach").ToString();
        var answer = schemas.GetProperty("BreachAnswer").ToString();
        Assert.Contains("BreachAnswer", breach);
        Assert.True(breach.Contains("outside the target") || answer.Contains("outside the target"), breach + answer);
        Assert.True(answer.Contains("beyond the target"), answer);
        Assert.Contains("\"note\"", answer);
        Assert.Contains("\"reason\"", answer);
    }

    private async Task<JsonElement> AnswerAsync(string incident)
    {
        await using var db = factory.NewDbContext();
        var number = await db.AllocationRequests.Where(r => r.Incident == incident).Select(r => r.Number).SingleAsync();
        var response = await factory.StationClient().GetAsync($"/api/requests/{number}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}
