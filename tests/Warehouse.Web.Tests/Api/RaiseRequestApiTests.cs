using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Warehouse.Domain.Allocation;
using Warehouse.Domain.Auditing;

namespace Warehouse.Web.Tests.Api;

/// The command platform raises requests through POST /api/requests with its department's key (or a department user with the
/// cookie and the token): the request form's rules, one request per client id, and the key opens its own department only.
public sealed partial class RaiseRequestApiTests(WarehouseFactory factory) : IClassFixture<WarehouseFactory>
{
    private const string KeyHeader = "X-Department-Key";

    private static object Body(string clientId, bool submit = true, string item = "FH-0001", int quantity = 5,
        string incident = "澜江大堤管涌抢险") => new
    {
        clientId, emergencyLevel = "II", incident, destination = new { kind = "Place", place = "BSZ-01" },
        contactName = "王强", contactPhone = "13800000000", lines = new[] { new { item, quantity } }, submit,
    };

    private static string NewClientId() => "cmd-" + Guid.NewGuid().ToString("N")[..12];

    /// Issues a key for the demo department "dept" belongs to, through the administrators' page, and answers it.
    private Task<string> IssueKeyAsync(string name) => IssueKeyAsync(factory, name);

    private static async Task<string> IssueKeyAsync(WarehouseFactory app, string name)
    {
        var admin = await app.SignedInClientAsync("admin");
        await using var db = app.NewDbContext();
        var department = await db.Users.Where(u => u.UserName == "dept").Select(u => u.DepartmentId).SingleAsync();
        var page = await admin.PostFormAsync("/Admin/ApiKeys", "/Admin/ApiKeys/Create",
            new() { ["Name"] = name, ["DepartmentId"] = department.ToString()! });
        var match = NewKeyPattern().Match(await page.Content.ReadAsStringAsync());
        Assert.True(match.Success, "The page shows the new key.");
        return match.Groups[1].Value;
    }

    private HttpClient KeyClient(string key) => KeyClient(factory, key);

    private static HttpClient KeyClient(WarehouseFactory app, string key)
    {
        var client = app.CreateClient(new() { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Add(KeyHeader, key);
        return client;
    }

    private Task<(int Requests, int Keys)> CountsAsync() => CountsAsync(factory);

    private static async Task<(int Requests, int Keys)> CountsAsync(WarehouseFactory app)
    {
        await using var db = app.NewDbContext();
        return (await db.AllocationRequests.CountAsync(), await db.RequestClientKeys.CountAsync());
    }

    [Fact]
    public async Task A_department_key_raises_a_submitted_request_that_enters_the_approval_workflow_as_its_department()
    {
        var key = await IssueKeyAsync("指挥平台");
        var response = await KeyClient(key).PostAsJsonAsync("/api/requests", Body(NewClientId()));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var answer = await response.Content.ReadFromJsonAsync<JsonElement>();
        var number = answer.GetProperty("number").GetString()!;
        Assert.EndsWith($"/api/requests/{number}", response.Headers.Location!.OriginalString);
        await using var db = factory.NewDbContext();
        var request = await db.AllocationRequests.AsNoTracking().Include(r => r.Steps).Include(r => r.Lines)
            .SingleAsync(r => r.Number == number);
        var department = await db.Users.Where(u => u.UserName == "dept").Select(u => u.DepartmentId).SingleAsync();
        Assert.Contains(request.State, new[] { RequestState.Submitted, RequestState.InApproval });
        Assert.NotEmpty(request.Steps);
        Assert.Equal(department, request.DepartmentId);
        Assert.Equal("apikey:指挥平台", request.RequestedBy);
        Assert.Equal(5, request.Lines.Single().Requested);
        Assert.Equal(request.Steps.Count, answer.GetProperty("steps").GetArrayLength());
        Assert.True(await db.AuditEntries.AnyAsync(a => a.Subject == number && a.UserName == "apikey:指挥平台"
            && a.Action == "allocation.submit"));
        var stored = await db.DepartmentApiKeys.AsNoTracking().SingleAsync(k => k.Name == "指挥平台");
        Assert.NotEqual(key, stored.KeyHash);
        Assert.DoesNotContain(key, stored.KeyHash);
        Assert.NotNull(stored.LastUsedAt);
        Assert.True(await db.AuditEntries.AnyAsync(a => a.Action == AuditActions.DepartmentKeyCreated
            && a.Subject.Contains("指挥平台")));
    }

    [Fact]
    public async Task A_revoked_key_is_refused_and_a_key_opens_the_requests_api_only()
    {
        var key = await IssueKeyAsync("已吊销平台");
        var client = KeyClient(key);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/requests")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/stock")).StatusCode);
        await using (var db = factory.NewDbContext())
        {
            var id = await db.DepartmentApiKeys.Where(k => k.Name == "已吊销平台").Select(k => k.Id).SingleAsync();
            var admin = await factory.SignedInClientAsync("admin");
            var revoked = await admin.PostFormAsync("/Admin/ApiKeys", $"/Admin/ApiKeys/Revoke/{id}", []);
            Assert.Equal(HttpStatusCode.Redirect, revoked.StatusCode);
        }
        var before = await CountsAsync();

        var get = await client.GetAsync("/api/requests");
        var post = await client.PostAsJsonAsync("/api/requests", Body(NewClientId()));

        Assert.Equal(HttpStatusCode.Unauthorized, get.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, post.StatusCode);
        Assert.Equal(before, await CountsAsync());
        await using var check = factory.NewDbContext();
        Assert.True(await check.AuditEntries.AnyAsync(a => a.Action == AuditActions.DepartmentKeyRevoked
            && a.Subject.Contains("已吊销平台")));
    }

    [Fact]
    public async Task A_key_sees_its_own_departments_requests_and_not_another_departments()
    {
        var client = KeyClient(await IssueKeyAsync("只读平台"));
        await using var db = factory.NewDbContext();
        var department = await db.Users.Where(u => u.UserName == "dept").Select(u => u.DepartmentId).SingleAsync();
        var own = await db.AllocationRequests.AsNoTracking().FirstAsync(r => r.DepartmentId == department);
        var foreign = await db.AllocationRequests.AsNoTracking().FirstAsync(r => r.DepartmentId != department);

        var list = await client.GetFromJsonAsync<JsonElement>("/api/requests");
        var mine = await client.GetAsync($"/api/requests/{own.Number}");
        var other = await client.GetAsync($"/api/requests/{foreign.Number}");

        var numbers = list.GetProperty("requests").EnumerateArray().Select(r => r.GetProperty("number").GetString()).ToList();
        Assert.Contains(own.Number, numbers);
        Assert.DoesNotContain(foreign.Number, numbers);
        Assert.Equal(HttpStatusCode.OK, mine.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
    }

    [Fact]
    public async Task The_same_client_id_again_answers_the_first_request_and_with_another_body_is_refused()
    {
        var client = KeyClient(await IssueKeyAsync("重试平台"));
        var clientId = NewClientId();
        var first = await client.PostAsJsonAsync("/api/requests", Body(clientId));
        var before = await CountsAsync();

        var again = await client.PostAsJsonAsync("/api/requests", Body(clientId));
        var changed = await client.PostAsJsonAsync("/api/requests", Body(clientId, quantity: 6));

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal("true", again.Headers.GetValues("Idempotent-Replayed").Single());
        Assert.Equal((await first.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("number").GetString(),
            (await again.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("number").GetString());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, changed.StatusCode);
        Assert.Equal("IdempotencyKeyReused", (await changed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());
        Assert.Equal(before, await CountsAsync());
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Ten_parallel_posts_of_one_client_id_raise_one_request(string provider)
    {
        await using var own = provider == Providers.Postgres ? new PostgresWarehouseFactory() : null;
        var app = own ?? factory;
        var client = KeyClient(app, await IssueKeyAsync(app, "并发平台"));
        var clientId = NewClientId();
        var before = await CountsAsync(app);

        var responses = await Task.WhenAll(Enumerable.Range(0, 10)
            .Select(_ => client.PostAsJsonAsync("/api/requests", Body(clientId))));

        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.Created);
        Assert.All(responses, r => Assert.Contains(r.StatusCode, new[] { HttpStatusCode.Created, HttpStatusCode.OK }));
        var numbers = await Task.WhenAll(responses.Select(async r =>
            (await r.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("number").GetString()));
        Assert.Single(numbers.Distinct());
        Assert.Equal((before.Requests + 1, before.Keys + 1), await CountsAsync(app));
    }

    [Theory]
    [InlineData("{\"emergencyLevel\":\"II\"}", "ClientIdInvalid")]
    [InlineData("{\"clientId\":\"ok-1\",\"emergencyLevel\":\"V\",\"incident\":\"x\"}", "UnknownLevel")]
    [InlineData("{\"clientId\":\"ok-2\",\"incident\":\"x\",\"destination\":{\"kind\":\"Place\",\"place\":\"BSZ-01\"},"
        + "\"lines\":[]}", "NoLines")]
    [InlineData("{\"clientId\":\"ok-3\",\"incident\":\"x\",\"destination\":{\"kind\":\"Place\",\"place\":\"BSZ-01\"},"
        + "\"contactName\":\"a\",\"contactPhone\":\"1\",\"lines\":[{\"item\":\"NO-SUCH\",\"quantity\":1}]}", "UnknownCode")]
    [InlineData("{\"clientId\":\"ok-4\",\"incident\":\"x\",\"lines\":[{\"item\":\"FH-0001\",\"quantity\":0}]}", "QuantityNotPositive")]
    [InlineData("{\"clientId\":\"ok-5\",\"incident\":\"x\",\"lines\":[{\"item\":\"FH-0001\",\"quantity\":1}]}", "DestinationRequired")]
    [InlineData("{\"clientId\":\"ok-6\",\"incident\":\"x\",\"destination\":{\"kind\":\"Moon\"},"
        + "\"lines\":[{\"item\":\"FH-0001\",\"quantity\":1}]}", "UnknownDestinationKind")]
    [InlineData("{\"clientId\":\"ok-7\",\"incident\":\"x\",\"destination\":{\"kind\":\"Place\",\"place\":\"NOWHERE\"},"
        + "\"lines\":[{\"item\":\"FH-0001\",\"quantity\":1}]}", "UnknownPlace")]
    [InlineData("{\"clientId\":\"ok-8\",\"destination\":{\"kind\":\"Place\",\"place\":\"BSZ-01\"},\"contactName\":\"a\","
        + "\"contactPhone\":\"1\",\"lines\":[{\"item\":\"FH-0001\",\"quantity\":1}],\"submit\":true}", "Required")]
    [InlineData("{\"clientId\":\"ok-9\",\"lines\":\"many\"}", "MalformedBody")]
    public async Task A_refused_body_answers_its_code_and_changes_nothing(string json, string code)
    {
        var client = KeyClient(await IssueKeyAsync("校验平台-" + code));
        var before = await CountsAsync();

        var response = await client.PostAsync("/api/requests", new StringContent(json, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(code, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());
        Assert.True((int)response.StatusCode is >= 400 and < 500);
        Assert.Equal(before, await CountsAsync());
    }

    [Fact]
    public async Task A_signed_in_department_user_raises_a_draft_with_the_pages_token_and_nothing_without_it()
    {
        var dept = await factory.SignedInClientAsync("dept");
        var before = await CountsAsync();
        var forged = await dept.PostAsJsonAsync("/api/requests", Body(NewClientId(), submit: false));
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Equal(before, await CountsAsync());

        var request = new HttpRequestMessage(HttpMethod.Post, "/api/requests")
        {
            Content = JsonContent.Create(Body(NewClientId(), submit: false, incident: "学校疏散演练")),
        };
        request.Headers.Add("RequestVerificationToken", await dept.AntiforgeryTokenAsync("/Requests/Create"));
        var response = await dept.SendAsync(request);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var answer = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Draft", answer.GetProperty("state").GetString());
        await using var db = factory.NewDbContext();
        var raised = await db.AllocationRequests.AsNoTracking().SingleAsync(r => r.Number == answer.GetProperty("number").GetString());
        Assert.Equal("dept", raised.RequestedBy);
    }

    [GeneratedRegex("data-testid=\"new-department-key\">([^<]+)<")]
    private static partial Regex NewKeyPattern();
}
