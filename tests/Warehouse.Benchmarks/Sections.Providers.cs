using System.Diagnostics;

namespace Warehouse.Benchmarks;

public static partial class Sections
{
    /// CPU milliseconds so far of the app's process and of the database server's (zero for SQLite, which works in the app).
    private static (double App, double Server) CpuNow(ServerProcess app, BenchDatabase database) =>
        (MachineLoad.CpuMilliseconds(app.ProcessId),
            database.ServerProcessId is { } server ? MachineLoad.CpuMilliseconds(server) : 0);

    private static void ReportCpu(Report report, string section, double app, double server, int postings)
    {
        report.Add(section, "app CPU (user+sys) per posting", app / postings, "ms");
        if (server > 0)
            report.Add(section, "database server CPU (user+sys) per posting", server / postings, "ms");
    }

    /// The same postings as the app's, written by hand (<see cref="RawPosting"/>) on the same database while the app is
    /// idle, from as many connections as the app had clients: what the database itself allows at that concurrency.
    private static async Task RawBaselineAsync(Report report, string section, BenchDatabase database, int clients, int postings)
    {
        var raw = database.RawPosting("CR", LatencyItem);
        var timing = await ByHandAsync(report, section, database, OpenPosters(Enumerable.Repeat(raw, clients), $"{clients}"), postings,
            async (posters, gate) =>
            {
                var latencies = new double[postings];
                var next = -1;
                var wall = Stopwatch.StartNew();
                // Threads of their own: each poster blocks on its database calls, as each request's would on a busy server.
                await Task.WhenAll(posters.Select(poster => Task.Factory.StartNew(() =>
                {
                    int i;
                    while ((i = Interlocked.Increment(ref next)) < postings)
                    {
                        var start = Stopwatch.GetTimestamp();
                        RawPost(poster, gate, $"t-{i}");
                        latencies[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
                    }
                }, TaskCreationOptions.LongRunning)));
                wall.Stop();
                Array.Sort(latencies);
                return new Timing(Percentiles.Of(latencies, 50), Percentiles.Of(latencies, 95), Percentiles.Of(latencies, 99),
                    latencies[^1], postings / wall.Elapsed.TotalSeconds, 0);
            });
        report.Add(section, "by hand: throughput", timing.PerSecond, "/s");
    }

    /// Runs the posters by hand (queued on one lock on SQLite), reports their p50 and p99 and the database server's CPU per
    /// posting, and closes them.
    private static async Task<Timing> ByHandAsync(Report report, string section, BenchDatabase database, List<RawPosting.Poster> posters,
        int postings, Func<List<RawPosting.Poster>, Lock?, Task<Timing>> run)
    {
        try
        {
            var before = database.ServerProcessId is { } server ? MachineLoad.CpuMilliseconds(server) : 0;
            var timing = await run(posters, WriterGate(database));
            report.Add(section, "by hand: the posting's statements p50", timing.P50, "ms");
            report.Add(section, "by hand: the posting's statements p99", timing.P99, "ms");
            if (database.ServerProcessId is { } after)
                report.Add(section, "by hand: database server CPU (user+sys) per posting",
                    (MachineLoad.CpuMilliseconds(after) - before) / postings, "ms");
            return timing;
        }
        finally
        {
            foreach (var poster in posters)
                poster.Dispose();
        }
    }

    /// A poster by hand for each given posting, each on a connection of its own, warmed up by a few postings.
    private static List<RawPosting.Poster> OpenPosters(IEnumerable<RawPosting> postings, string prefix)
    {
        var posters = postings.Select((raw, c) => raw.Open($"{prefix}-{c}")).ToList();
        foreach (var poster in posters)
        {
            for (var i = 0; i < Math.Max(5, 100 / posters.Count); i++)
                poster.Post($"warm-{i}");
        }
        return posters;
    }

    /// SQLite has one writer: the app queues its writers in the process (SqliteWriteGate) rather than leave them to
    /// SQLite's busy handler, which sleeps and retries; the posters by hand queue on one lock the same way. None on a server.
    private static Lock? WriterGate(BenchDatabase database) => database.ServerProcessId is null ? new Lock() : null;

    private static void RawPost(RawPosting.Poster poster, Lock? gate, string clientId)
    {
        if (gate is null)
        {
            poster.Post(clientId);
            return;
        }
        lock (gate)
            poster.Post(clientId);
    }
}
