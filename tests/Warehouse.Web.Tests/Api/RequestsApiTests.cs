using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Warehouse.Domain.Allocation;

namespace Warehouse.Web.Tests.Api;

/// The command platform follows requests through /api/requests: the list by state, one request by its number with its
/// steps, dispatches and clock, and a department's caller sees its own requests only.
public sealed class RequestsApiTests(WarehouseFactory factory) : IClassFixture<WarehouseFactory>
{
    private async Task<AllocationRequest> RequestAsync(string incident)
    {
        await using var db = factory.NewDbContext();
        return await db.AllocationRequests.AsNoTracking().Include(r => r.Dispatches).SingleAsync(r => r.Incident == incident);
    }

    [Fact]
    public async Task The_list_answers_every_request_or_those_of_one_state_and_refuses_a_state_the_workflow_has_not()
    {
        var station = factory.StationClient();

        var all = await station.GetFromJsonAsync<JsonElement>("/api/requests");
        var submitted = await station.GetFromJsonAsync<JsonElement>("/api/requests?state=Submitted");
        var bogus = await station.GetAsync("/api/requests?state=Lost");

        await using var db = factory.NewDbContext();
        Assert.Equal(await db.AllocationRequests.CountAsync(), all.GetProperty("requests").GetArrayLength());
        var states = submitted.GetProperty("requests").EnumerateArray().Select(r => r.GetProperty("state").GetString()).ToList();
        Assert.NotEmpty(states);
        Assert.All(states, s => Assert.Equal("Submitted", s));
        Assert.Equal(HttpStatusCode.BadRequest, bogus.StatusCode);
        Assert.Equal("UnknownRequestState", (await bogus.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());
    }

    [Fact]
    public async Task One_request_by_its_number_answers_its_state_steps_dispatches_and_clock()
    {
        var transit = await RequestAsync("临江堤防巡查");
        var station = factory.StationClient();

        var answer = await station.GetFromJsonAsync<JsonElement>($"/api/requests/{transit.Number.ToLowerInvariant()}");
        var unknown = await station.GetAsync("/api/requests/RQ-NOPE");

        Assert.Equal(transit.Number, answer.GetProperty("number").GetString());
        Assert.Equal("Dispatched", answer.GetProperty("state").GetString());
        Assert.Equal(transit.Dispatches.Single().Number, answer.GetProperty("dispatches")[0].GetProperty("number").GetString());
        Assert.True(answer.GetProperty("steps").GetArrayLength() >= 1);
        Assert.True(answer.GetProperty("elapsedMinutes").GetDouble() > 0);
        Assert.Equal(120, answer.GetProperty("targetMinutes").GetDouble());
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal("UnknownRequestNumber", (await unknown.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());
    }

    [Fact]
    public async Task A_department_sees_its_own_requests_only()
    {
        var dept = await factory.SignedInClientAsync("dept");
        await using var db = factory.NewDbContext();
        var departmentId = await db.Users.Where(u => u.UserName == "dept").Select(u => u.DepartmentId).SingleAsync();
        var foreign = await db.AllocationRequests.AsNoTracking().FirstAsync(r => r.DepartmentId != departmentId);

        var mine = await dept.GetFromJsonAsync<JsonElement>("/api/requests");
        var other = await dept.GetAsync($"/api/requests/{foreign.Number}");

        Assert.Equal(await db.AllocationRequests.CountAsync(r => r.DepartmentId == departmentId), mine.GetProperty("requests").GetArrayLength());
        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
    }
}
