using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Warehouse.Benchmarks;

/// 6: the biggest documents a bureau posts, each end to end over HTTP against the app as its own process on a freshly
/// seeded database: a 500-line goods receipt (the API's most), a count over more than 500 balances approved into its
/// adjustment notes and variance slip, and a 50-line allocation request approved with its proposals.
public static partial class DocumentsSection
{
    private const int ReceiptLines = 500;
    private const int RequestLines = 50;
    private const double Goal = 1000;

    public static async Task RunAsync(Report report, BenchDatabase database)
    {
        var section = $"6 big documents, {database.Provider}";
        // The demo's managers have no second factor; the daily chain check is kept out of the timed steps.
        var settings = new Dictionary<string, string>(database.Settings)
        {
            ["Security__RequireMfa"] = "false",
            ["Integrity__FirstCheckAfter"] = "1.00:00:00",
        };
        await using var server = await ServerProcess.StartAsync(database.Path, settings: settings, patience: TimeSpan.FromMinutes(3));
        using var station = new HttpClient { BaseAddress = new Uri(server.BaseUrl), Timeout = TimeSpan.FromSeconds(60) };
        station.DefaultRequestHeaders.Add("X-Station-Key", ServerProcess.StationKey);
        var seed = SeedCatalog.Read();
        var timer = new DocumentTimer(report, section, server, database);
        report.Add(section, "load average (1 min) before", MachineLoad.Average(), "");

        var lines = ReceiptLinesOf(seed);
        await Expect(station.PostAsJsonAsync("/api/receipts", Receipt("warm-up", lines.Take(20))), HttpStatusCode.Created);
        for (var round = 1; round <= 3; round++)
        {
            await timer.TimeAsync($"500-line goods receipt (POST /api/receipts), round {round}", round == 1 ? Goal : null, () =>
                Expect(station.PostAsJsonAsync("/api/receipts", Receipt($"big-receipt-{round}", lines)), HttpStatusCode.Created));
        }

        using var manager = await CrawlSession.SignInAsync(server.BaseUrl, "manager");
        await CountAsync(report, section, timer, station, manager, seed);
        using var department = await CrawlSession.SignInAsync(server.BaseUrl, "dept");
        await AllocationAsync(timer, department, manager, seed);
        report.Add(section, "load average (1 min) after", MachineLoad.Average(), "");
    }

    /// Plain and lot items at the central reserve's bins, one balance a line: item by item through the bins.
    private static List<object> ReceiptLinesOf(SeedCatalog seed)
    {
        var items = seed.Items.Where(i => i.Tracking != "Serial").ToList();
        return Enumerable.Range(0, ReceiptLines).Select(i =>
        {
            var item = items[i % items.Count];
            var bin = seed.CentralBins[i / items.Count % seed.CentralBins.Count];
            return item.Tracking == "Batch"
                ? (object)new { code = item.Code, quantity = 40, location = bin, batch = $"BM-{bin}", expiry = "2029-12-31" }
                : new { code = item.Code, quantity = 40, location = bin };
        }).ToList();
    }

    private static object Receipt(string clientId, IEnumerable<object> lines) =>
        new { reason = "Purchase", clientId, note = "基准：大单入库", lines };

    /// The whole central reserve counted: planned, every balance scanned by a keeper (a few one over or under, within
    /// the tolerance, so the count goes to review rather than a recount), submitted, and approved by the manager.
    private static async Task CountAsync(Report report, string section, DocumentTimer timer, HttpClient station, CrawlSession manager,
        SeedCatalog seed)
    {
        var planned = await Expect(station.PostAsJsonAsync("/api/counts", new { depot = "CR", scope = "Depot" }), HttpStatusCode.Created);
        var id = planned.GetProperty("count").GetProperty("id").GetInt32();
        var stock = await Expect(station.GetAsync("/api/stock?depot=CR"), HttpStatusCode.OK);
        var rows = stock.GetProperty("rows").EnumerateArray().Where(r => r.GetProperty("locationCode").ValueKind == JsonValueKind.String)
            .ToList();
        var cheap = seed.Items.Where(i => i.UnitPrice <= 100).Select(i => i.Code).ToHashSet(StringComparer.Ordinal);
        var scans = new List<double>();
        var eligible = 0;
        var watch = Stopwatch.StartNew();
        foreach (var row in rows)
        {
            var item = row.GetProperty("itemCode").GetString()!;
            var onHand = row.GetProperty("onHand").GetInt32();
            var delta = 0;
            if (cheap.Contains(item) && row.GetProperty("assetNumber").ValueKind != JsonValueKind.String && onHand > 1)
                delta = (eligible++ % 10) switch { 0 => -1, 5 => 1, _ => 0 };
            var code = Text(row, "assetNumber") ?? Text(row, "batchNumber") ?? item;
            var start = Stopwatch.GetTimestamp();
            await Expect(station.PostAsJsonAsync($"/api/counts/{id}/lines", new { location = row.GetProperty("locationCode").GetString(),
                code, quantity = onHand + delta, clientId = $"scan-{scans.Count}" }), HttpStatusCode.Created);
            scans.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
        }
        watch.Stop();
        scans.Sort();
        report.Add(section, "count: balances scanned (the whole central reserve)", scans.Count, "lines");
        report.Add(section, "count: every scan, one after another", watch.Elapsed.TotalMilliseconds, "ms");
        report.Add(section, "count: one scan p50", Percentiles.Of(scans, 50), "ms");
        report.Add(section, "count: one scan p99", Percentiles.Of(scans, 99), "ms");
        await timer.TimeAsync("count: submit (review lines worked out)", Goal, async () =>
        {
            var submitted = await Expect(station.PostAsync($"/api/counts/{id}/submit", null), HttpStatusCode.OK);
            var state = submitted.GetProperty("count").GetProperty("state").GetString();
            if (state != "Review")
                throw new InvalidOperationException($"The count went to {state} instead of review.");
        });
        await timer.TimeAsync("count: approve (adjustment notes + variance slip)", Goal, async () =>
        {
            var (status, body) = await manager.PostJsonAsync($"/api/counts/{id}/approve", null);
            if (status != HttpStatusCode.OK)
                throw new InvalidOperationException($"Approving the count answered {(int)status}: {body}");
        });
    }

    /// A department raises a 50-line request and submits it; the manager opens the approval page (the proposals) and
    /// approves what it proposes, which reserves the stock and makes the dispatches.
    private static async Task AllocationAsync(DocumentTimer timer, CrawlSession department, CrawlSession manager, SeedCatalog seed)
    {
        var items = seed.Items.Where(i => i.Tracking != "Serial").Take(RequestLines).ToList();
        string number = "";
        await timer.TimeAsync("50-line request: raise and submit (POST /api/requests)", Goal, async () =>
        {
            var (status, body) = await department.PostJsonAsync("/api/requests", new
            {
                clientId = "big-request", emergencyLevel = "II", incident = "基准：50 行调拨", contactName = "王强",
                contactPhone = "13800001234", destination = new { kind = "Place", place = "BSZ" }, submit = true,
                lines = items.Select(i => new { item = i.Code, quantity = 3 }),
            });
            if (status != HttpStatusCode.Created)
                throw new InvalidOperationException($"Raising the request answered {(int)status}: {body}");
            number = JsonDocument.Parse(body).RootElement.GetProperty("number").GetString()!;
        });
        var (_, list) = await manager.GetAsync($"/Requests?search={number}");
        var id = DetailsLink().Matches(list).First(m => m.Groups[2].Value == number).Groups[1].Value;
        List<KeyValuePair<string, string>> form = [];
        await timer.TimeAsync("50-line request: approval page with its proposals (GET)", Goal, async () =>
            form = await manager.FormAsync($"/Requests/Approve/{id}", $"/Requests/Approve/{id}"));
        await timer.TimeAsync("50-line request: approve the proposals (POST)", Goal, async () =>
        {
            var (status, location) = await manager.PostFormAsync($"/Requests/Approve/{id}", form);
            if (status != HttpStatusCode.Redirect || !location.Contains("Details", StringComparison.Ordinal))
                throw new InvalidOperationException($"Approving the request answered {(int)status}: {location[..Math.Min(400, location.Length)]}");
        });
    }

    private static string? Text(JsonElement row, string name) =>
        row.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static async Task<JsonElement> Expect(Task<HttpResponseMessage> sending, HttpStatusCode expected)
    {
        using var response = await sending;
        var body = await response.Content.ReadAsStringAsync();
        if (response.StatusCode != expected)
            throw new InvalidOperationException($"{response.RequestMessage?.RequestUri} answered {(int)response.StatusCode}: {body}");
        return body.Length == 0 ? default : JsonDocument.Parse(body).RootElement.Clone();
    }

    [GeneratedRegex("href=\"/Requests/Details/(\\d+)\">([^<]+)</a>")]
    private static partial Regex DetailsLink();
}

/// Times one step of a document: wall clock, and the CPU the app and the database server spent on it.
public sealed class DocumentTimer(Report report, string section, ServerProcess app, BenchDatabase database)
{
    public async Task TimeAsync(string name, double? goal, Func<Task> step)
    {
        var appBefore = MachineLoad.CpuMilliseconds(app.ProcessId);
        var serverBefore = database.ServerProcessId is { } server ? MachineLoad.CpuMilliseconds(server) : 0;
        var watch = Stopwatch.StartNew();
        await step();
        var elapsed = watch.Elapsed.TotalMilliseconds;
        report.Add(section, name, elapsed, "ms", goal is null ? "" : $"< {goal} ms", goal is null ? null : elapsed < goal);
        report.Add(section, $"{name}: app CPU (user+sys)", MachineLoad.CpuMilliseconds(app.ProcessId) - appBefore, "ms");
        if (database.ServerProcessId is { } after)
            report.Add(section, $"{name}: database server CPU (user+sys)", MachineLoad.CpuMilliseconds(after) - serverBefore, "ms");
    }
}

/// The demo catalog as db/seed holds it: the items with their tracking and price, and the central reserve's bins.
public sealed record SeedCatalog(IReadOnlyList<SeedItem> Items, IReadOnlyList<string> CentralBins)
{
    public static SeedCatalog Read()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Warehouse.sln")))
            folder = folder.Parent;
        var seed = Path.Combine(folder?.FullName ?? throw new InvalidOperationException("No Warehouse.sln above the benchmark."), "db",
            "seed");
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        var items = JsonSerializer.Deserialize<List<SeedItem>>(File.ReadAllText(Path.Combine(seed, "items.json")), options)!;
        using var depots = JsonDocument.Parse(File.ReadAllText(Path.Combine(seed, "depots.json")));
        var bins = depots.RootElement.EnumerateArray().First(d => d.GetProperty("code").GetString() == "CR").GetProperty("bins")
            .EnumerateArray().Select(b => b.GetString()!).ToList();
        return new SeedCatalog(items.OrderBy(i => i.Code, StringComparer.Ordinal).ToList(), bins);
    }
}

public sealed record SeedItem(string Code, string Tracking, decimal? UnitPrice);
