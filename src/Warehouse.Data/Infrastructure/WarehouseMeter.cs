using System.Diagnostics.Metrics;

namespace Warehouse.Data.Infrastructure;

/// The product's own metrics (exported at /metrics): what was posted, what was refused and why, and what failed to
/// print. Gauges of the queue and the requests are read from the database by the web app.
public static class WarehouseMeter
{
    public const string Name = "Warehouse";

    public static readonly Meter Meter = new(Name);

    public static readonly Counter<long> Postings =
        Meter.CreateCounter<long>("warehouse.postings", "{document}", "Stock documents posted (replays not counted)");

    public static readonly Counter<long> Refusals =
        Meter.CreateCounter<long>("warehouse.refusals", "{refusal}", "Postings and workflow steps refused, by error code");

    public static readonly Counter<long> PrintFailures =
        Meter.CreateCounter<long>("warehouse.print.failures", "{attempt}", "Print attempts that failed, by printer");

    public static void Posted(string kind) => Postings.Add(1, new KeyValuePair<string, object?>("kind", kind));

    public static void Refused(string area, string code) =>
        Refusals.Add(1, new KeyValuePair<string, object?>("area", area), new KeyValuePair<string, object?>("code", code));
}
