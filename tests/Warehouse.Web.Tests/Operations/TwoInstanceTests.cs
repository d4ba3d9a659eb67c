using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.SignalR.Client;
using Npgsql;
using Warehouse.Hardware.Simulation;

namespace Warehouse.Web.Tests.Operations;

/// Two app processes on one PostgreSQL database behave as one app: stock races spread over both end right, each
/// receipt prints once although both run the print worker, a sign-in or a form from one is good on the other, and a
/// page connected to one hears of a change made on the other through the Redis backplane, and an export started on one
/// is followed and downloaded on the other.
public sealed partial class TwoInstanceTests : IAsyncLifetime
{
    private readonly string _receipts = Path.Combine(Path.GetTempPath(), "warehouse-receipts", Guid.NewGuid().ToString("N"));
    private string? _database;
    private PrinterSimulator? _printer;
    private AppProcess? _first;
    private AppProcess? _second;

    public async Task InitializeAsync()
    {
        if (PostgresServer.SkipReason is not null)
            return;
        _database = WarehouseFactory.SeededPostgresDatabase();
        _printer = new PrinterSimulator(new PrinterSimulatorOptions { OutputDirectory = _receipts });
        await _printer.StartAsync();
        var settings = new Dictionary<string, string>
        {
            ["Database:Provider"] = "PostgreSQL", ["ConnectionStrings:Warehouse"] = _database, ["Demo:Seed"] = "true",
            ["Demo:StationKey"] = WarehouseFactory.StationKey, ["Security:RequireMfa"] = "false",
            ["Security:LoginAttemptsPerMinute"] = "100000", ["Printing:DefaultPrinter"] = _printer.Address,
            ["Printing:AllowedAddresses:0"] = "127.0.0.1:*", ["Printing:PollInterval"] = "00:00:00.100",
            ["Logging:LogLevel:Default"] = "Warning", ["Metrics:AllowedNetworks:0"] = "127.0.0.1/32",
            ["Exports:BackgroundFromRows"] = "1",
        };
        if (RedisServer.SkipReason is null)
            settings["SignalR:Redis"] = RedisServer.Configuration;
        // The database comes migrated and seeded; both find nothing left to do at start-up.
        _first = await AppProcess.StartAsync(settings);
        _second = await AppProcess.StartAsync(settings);
    }

    public async Task DisposeAsync()
    {
        foreach (var app in new[] { _first, _second })
            if (app is not null)
                await app.DisposeAsync();
        if (_printer is not null)
            await _printer.DisposeAsync();
        if (_database is not null)
        {
            NpgsqlConnection.ClearAllPools();
            PostgresServer.DropDatabase(_database);
        }
        if (Directory.Exists(_receipts))
            Directory.Delete(_receipts, recursive: true);
    }

    [PostgresFact]
    public async Task Fifty_issues_spread_over_two_instances_let_exactly_ten_through_and_each_receipt_prints_once()
    {
        const string item = "SJ-0101";
        var (first, second) = (Station(_first!), Station(_second!));
        var onHand = await OnHandAsync(first, item);
        var drain = await IssueAsync(first, "drain", item, onHand - 10);
        Assert.Equal(HttpStatusCode.Created, drain.StatusCode);

        var responses = await Task.WhenAll(Enumerable.Range(0, 50).Select(i => IssueAsync(i % 2 == 0 ? first : second, $"race-{i}", item, 1)));

        Assert.Equal(10, responses.Count(r => r.StatusCode == HttpStatusCode.Created));
        Assert.Equal(40, responses.Count(r => r.StatusCode == HttpStatusCode.Conflict));
        Assert.Equal(0, await OnHandAsync(second, item));
        var numbers = new List<string>();
        foreach (var created in responses.Append(drain).Where(r => r.StatusCode == HttpStatusCode.Created))
            numbers.Add((await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("number").GetString()!);
        var printed = await ReceiptsNamingAsync(numbers);
        Assert.All(numbers, n => Assert.Equal(1, printed[n]));
    }

    [PostgresFact]
    public async Task A_form_served_by_one_instance_signs_in_on_the_other_and_the_cookie_works_on_both()
    {
        var cookies = new CookieContainer();
        var (first, second) = (_first!.Client(cookies), _second!.Client(cookies));
        var token = await first.AntiforgeryTokenAsync("/Account/Login");

        var login = await second.PostAsync("/Account/Login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["UserName"] = "manager", ["Password"] = WarehouseFactory.Password, ["__RequestVerificationToken"] = token,
        }));

        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        Assert.DoesNotContain("/Account/Login", login.Headers.Location!.OriginalString);
        foreach (var client in new[] { first, second })
        {
            var home = await client.GetAsync("/");
            Assert.Equal(HttpStatusCode.OK, home.StatusCode);
            Assert.Contains("/Account/Logout", await home.Content.ReadAsStringAsync());
        }
    }

    [PostgresAndRedisFact]
    public async Task A_page_connected_to_one_instance_hears_of_a_request_submitted_on_the_other_and_is_counted_there()
    {
        var (managerCookies, deptCookies) = (new CookieContainer(), new CookieContainer());
        await SignInAsync(_first!.Client(managerCookies), "manager");
        var dept = _second!.Client(deptCookies);
        await SignInAsync(dept, "dept");
        var heard = new TaskCompletionSource<JsonElement>(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var live = new HubConnectionBuilder()
            .WithUrl(_first.BaseUrl + "/live", options => options.Cookies = managerCookies).Build();
        live.On<JsonElement>("RequestChanged", change => heard.TrySetResult(change));
        await live.StartAsync();
        Assert.Matches("warehouse_signalr_connections(\\{[^}]*\\})? 1\\b", await _first.Client().GetStringAsync("/metrics"));
        Assert.Matches("warehouse_signalr_connections(\\{[^}]*\\})? 0\\b", await _second.Client().GetStringAsync("/metrics"));

        var draft = await DraftIdAsync();
        var page = await dept.GetStringAsync($"/Requests/Details/{draft}");
        var submitted = await dept.PostFormAsync($"/Requests/Details/{draft}", $"/Requests/Fire/{draft}", new()
        {
            ["version"] = VersionField().Match(page).Groups[1].Value, ["trigger"] = "Submit",
        });

        Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);
        var change = await heard.Task.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal(draft, change.GetProperty("requestId").GetInt32());
        Assert.Equal("Submitted", change.GetProperty("state").GetString());
    }

    [PostgresFact]
    public async Task An_export_started_on_one_instance_is_downloaded_from_the_other_and_holds_its_rows()
    {
        var cookies = new CookieContainer();
        var (first, second) = (_first!.Client(cookies), _second!.Client(cookies));
        await SignInAsync(first, "admin");

        var started = await first.GetAsync("/Admin/Import/Export");

        Assert.Equal(HttpStatusCode.Redirect, started.StatusCode);
        var key = started.Headers.Location!.OriginalString.Split('/')[^1];
        using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        JsonElement progress;
        do
        {
            await Task.Delay(200, patience.Token);
            progress = await second.GetFromJsonAsync<JsonElement>($"/Exports/Progress/{key}", patience.Token);
        }
        while (progress.GetProperty("running").GetBoolean());
        Assert.Equal("Ready", progress.GetProperty("stage").GetString());
        using var book = new ClosedXML.Excel.XLWorkbook(new MemoryStream(await second.GetByteArrayAsync($"/Exports/Download/{key}")));
        Assert.True(book.Worksheets.Sum(s => s.RowsUsed().Count()) > 10);
    }

    private static async Task SignInAsync(HttpClient client, string user)
    {
        var token = await client.AntiforgeryTokenAsync("/Account/Login");
        var login = await client.PostAsync("/Account/Login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["UserName"] = user, ["Password"] = WarehouseFactory.Password, ["__RequestVerificationToken"] = token,
        }));
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
    }

    private async Task<int> DraftIdAsync()
    {
        await using var connection = new NpgsqlConnection(_database);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT \"Id\" FROM \"AllocationRequests\" WHERE \"Incident\" = '汛前物资预置'", connection);
        return (int)(await command.ExecuteScalarAsync())!;
    }

    [GeneratedRegex("name=\"version\" value=\"(\\d+)\"")]
    private static partial Regex VersionField();

    private static HttpClient Station(AppProcess app)
    {
        var client = app.Client();
        client.DefaultRequestHeaders.Add("X-Station-Key", WarehouseFactory.StationKey);
        return client;
    }

    private static Task<HttpResponseMessage> IssueAsync(HttpClient client, string clientId, string item, int quantity) =>
        client.PostAsJsonAsync("/api/issues", new
        {
            reason = "InternalUse", clientId, lines = new[] { new { code = item, quantity } },
        });

    private static async Task<int> OnHandAsync(HttpClient client, string item)
    {
        var stock = await client.GetFromJsonAsync<JsonElement>($"/api/stock?item={item}");
        return stock.GetProperty("rows").EnumerateArray().Where(r => r.GetProperty("depotCode").GetString() == "CR")
            .Sum(r => r.GetProperty("onHand").GetInt32());
    }

    /// How many printed receipts name each number, once the printer has been quiet for a while.
    private async Task<Dictionary<string, int>> ReceiptsNamingAsync(IReadOnlyList<string> numbers)
    {
        using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        Dictionary<string, int> counts;
        do
        {
            await Task.Delay(500, patience.Token);
            var texts = Directory.Exists(_receipts) ? Directory.GetFiles(_receipts, "job-*.txt").Select(File.ReadAllText).ToList() : [];
            counts = numbers.ToDictionary(n => n, n => texts.Count(t => t.Contains(n, StringComparison.Ordinal)));
        }
        while (counts.Values.Any(c => c == 0));
        // Long enough for a second worker's duplicate, if there were one, to arrive too.
        await Task.Delay(2000, patience.Token);
        var final = Directory.GetFiles(_receipts, "job-*.txt").Select(File.ReadAllText).ToList();
        return numbers.ToDictionary(n => n, n => final.Count(t => t.Contains(n, StringComparison.Ordinal)));
    }
}
