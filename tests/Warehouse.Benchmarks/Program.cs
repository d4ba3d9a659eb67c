using System.Runtime.InteropServices;
using Warehouse.Benchmarks;

// Not part of the test suite: measures the system against this machine's own limits, side by side in one run.
//   dotnet run -c Release --project tests/Warehouse.Benchmarks -- all [--quick]
//   dotnet run -c Release --project tests/Warehouse.Benchmarks -- generate --db big.db --items 10000 --depots 100 --movements 1000000
var command = args.FirstOrDefault() ?? "all";
string Option(string name, string fallback)
{
    var index = Array.IndexOf(args, name);
    return index >= 0 && index + 1 < args.Length ? args[index + 1] : fallback;
}

// A comma-separated option, empty when not given.
IReadOnlyList<string> List(string name) =>
    Option(name, "") is { Length: > 0 } value ? value.Split(',', StringSplitOptions.RemoveEmptyEntries) : [];

if (command == "generate")
{
    var db = Option("--db", "generated.db");
    await new DataGenerator(db, int.Parse(Option("--items", "10000")), int.Parse(Option("--depots", "100")),
        long.Parse(Option("--movements", "1000000")), Console.Out).RunAsync();
    Console.WriteLine($"Generated {Path.GetFullPath(db)}. Try it: ConnectionStrings__Warehouse=\"Data Source={Path.GetFullPath(db)}\" " +
        $"Demo__Seed=false dotnet run --project src/Warehouse.Web");
    return 0;
}
if (command == "pages")
{
    var (pages, binders) = CrawlPages.Read();
    foreach (var page in pages)
        Console.WriteLine($"{page.Name,-40} {CrawlPages.PathOf(binders, page, page.Needs.ToDictionary(n => n, _ => "1")),-40} " +
            string.Join(",", page.Needs));
    return 0;
}
if (command is not ("all" or "latency" or "throughput" or "reports" or "encoding" or "import" or "crawl" or "documents" or "providers"))
{
    Console.Error.WriteLine("usage: Warehouse.Benchmarks [all|latency|throughput|reports|encoding|import|crawl] [--quick] [--sizes N,N] " +
        "[--keep DIR] [--out DIR]\n       " +
        "Warehouse.Benchmarks crawl [--sizes 100000,1000000] [--requests 20] [--items 10000] [--depots 100] [--db FILE] " +
        "[--pages Home.Index,Stock] [--roles admin,keeper]\n       " +
        "                      [--providers sqlite,postgresql] [--keep]\n       " +
        "Warehouse.Benchmarks latency|documents|providers|throughput --provider sqlite|postgresql|both [--quick]\n       " +
        "Warehouse.Benchmarks pages\n       " +
        "Warehouse.Benchmarks generate --db FILE --items N --depots N --movements N");
    return 2;
}

var quick = args.Contains("--quick");
// Latency on a named provider, and the big documents, are figures of SQLite beside PostgreSQL: their own results file.
var providers = command == "crawl" ? null
    : Option("--provider", "") is { Length: > 0 } provider ? BenchDatabase.Named(provider)
    : command is "documents" or "providers" ? BenchDatabase.Named("both") : null;
var crawlProviders = Option("--providers", Option("--provider", CrawlSection.Sqlite)).Split(',').Select(p => p.Trim().ToLowerInvariant())
    .ToList();
var folder = Path.Combine(Path.GetTempPath(), "warehouse-bench-" + Guid.NewGuid().ToString("N"));
Directory.CreateDirectory(folder);
var report = new Report();
var machine = $"{Environment.ProcessorCount} cores, {GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / (1L << 30)} GiB, " +
    $"{RuntimeInformation.OSDescription}, .NET {Environment.Version}";
Console.WriteLine($"Warehouse benchmarks on {machine}{(quick ? " (quick)" : "")}");
try
{
    if (command is "all" or "encoding")
        Sections.Encoding(report);
    if (command is "all" or "throughput" && providers is null)
        await Sections.LedgerThroughputAsync(report, folder, quick ? 300 : 2000);
    if (command is "all" or "latency" && providers is null)
        await Sections.LatencyAsync(report, folder, quick ? 300 : 2000);
    if (providers is not null)
        await ProviderSections.RunAsync(report, folder, providers, latency: command is "all" or "latency" or "providers",
            documents: command is "all" or "documents" or "providers", throughput: command is "all" or "throughput", quick);
    if (command is "all" or "reports")
        await Sections.ReportScaleAsync(report, folder, quick ? 2000 : 10_000, quick ? 20 : 100,
            Option("--sizes", "") is { Length: > 0 } sizes ? sizes.Split(',').Select(long.Parse).ToList()
                : quick ? [20_000, 100_000] : [100_000, 1_000_000, 5_000_000],
            Option("--keep", "") is { Length: > 0 } keep ? Directory.CreateDirectory(keep).FullName : null);
    if (command is "crawl")
        await CrawlSection.RunAsync(report, folder,
            Option("--sizes", "") is { Length: > 0 } crawlSizes ? crawlSizes.Split(',').Select(long.Parse).ToList()
                : quick ? [20_000] : [100_000, 1_000_000],
            int.Parse(Option("--requests", quick ? "5" : "20")), int.Parse(Option("--items", quick ? "2000" : "10000")),
            int.Parse(Option("--depots", quick ? "20" : "100")), Option("--db", "") is { Length: > 0 } db ? db : null,
            crawlProviders, keep: args.Contains("--keep"), only: List("--pages"), roles: List("--roles"));
    if (command is "all" or "import")
        await ImportSection.RunAsync(report, folder, quick ? 2000 : 10_000, quick ? 10_000 : 50_000);
}
finally
{
    Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    Directory.Delete(folder, recursive: true);
}

var results = Option("--out", Path.Combine(FindRepository(), "tests", "Warehouse.Benchmarks", "results"));
Directory.CreateDirectory(results);
// The crawl runs on its own for tens of minutes; its figures go beside the other sections' rather than over them, and the
// crawl with PostgreSQL beside its own.
var name = command == "crawl" ? (crawlProviders.Contains(CrawlSection.Postgres) ? "crawl-pg" : "crawl")
    : providers is not null ? (command == "throughput" ? "pg-throughput" : "pg-latency") : "latest";
File.WriteAllText(Path.Combine(results, name + ".md"),
    providers is null ? report.ToMarkdown(machine) : ProviderSections.ToMarkdown(report, machine, providers));
File.WriteAllText(Path.Combine(results, name + ".json"), report.ToJson(machine));
Console.WriteLine();
Console.WriteLine(report.ToMarkdown(machine));
Console.WriteLine($"Written to {results}/{name}.md and {name}.json");
return 0;

static string FindRepository()
{
    var directory = new DirectoryInfo(Environment.CurrentDirectory);
    while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Warehouse.sln")))
        directory = directory.Parent;
    return directory?.FullName ?? Environment.CurrentDirectory;
}
