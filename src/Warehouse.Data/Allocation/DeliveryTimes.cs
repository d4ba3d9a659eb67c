using System.Data.Common;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Warehouse.Data.Allocation;

/// How long from submission to delivery, per source and destination and all together: how many deliveries, how many
/// within the target, the median and the 90th percentile (interpolated between the two deliveries each falls between).
public sealed record DeliveryTimesRow(string Source, string Destination, int Count, int Within, double MedianMinutes, double P90Minutes);

public sealed record DeliveryTimesOf(IReadOnlyList<DeliveryTimesRow> Routes, DeliveryTimesRow All);

/// Reads a period's delivery times: a half-year holds 50,000 deliveries. A dispatch keeps its delivery's destination and
/// minutes since its request's first submission, so a period's dispatches are one range of their delivery-time index and
/// need no join (joined to their requests, the read cost PostgreSQL a hash of every request and SQLite a look-up per
/// delivery: over 100 ms of the reserve report's time at a million ledger rows). The rows are read straight off the reader,
/// not through EF Core's materializer, and sorted here per route (ranked in the database with window functions, SQLite
/// sorted them twice, slower still). Call-up orders count alike, a call-up's source being its supplier; they are few, and
/// are timed from their requests' submissions.
public sealed class DeliveryTimes(WarehouseDbContext db)
{
    /// The instants are written into the statement rather than passed as parameters: as a prepared statement's
    /// parameters PostgreSQL's generic plan guessed 500 deliveries where there were 50,000 and looked each one up by index.
    public async Task<DeliveryTimesOf> OfAsync(DateTime startUtc, DateTime endUtc, int targetMinutes,
        CancellationToken cancellationToken)
    {
        var dialect = db.Database.IsSqlServer() ? Dialect.SqlServer : db.Database.IsNpgsql() ? Dialect.Postgres : Dialect.Sqlite;
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var command = connection.CreateCommand();
            command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
            command.CommandText = Statement(dialect, startUtc, endUtc);
            var depots = await db.Depots.AsNoTracking().ToDictionaryAsync(d => d.Id, d => d.Name, cancellationToken);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            return await RanksAsync(reader, depots, targetMinutes, cancellationToken);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// Each row is a source depot's id or a supplier's name, the destination and the minutes.
    private static async Task<DeliveryTimesOf> RanksAsync(DbDataReader reader, Dictionary<int, string> depots, int targetMinutes,
        CancellationToken cancellationToken)
    {
        var routes = new Dictionary<(string, string), List<double>>();
        var all = new List<double>();
        while (await reader.ReadAsync(cancellationToken))
        {
            var source = reader.IsDBNull(0) ? reader.GetString(1) : depots[reader.GetInt32(0)];
            var key = (source, reader.GetString(2));
            if (!routes.TryGetValue(key, out var route))
                routes[key] = route = [];
            var minutes = reader.GetDouble(3);
            route.Add(minutes);
            all.Add(minutes);
        }
        return new DeliveryTimesOf(routes.Select(r => Row(r.Key.Item1, r.Key.Item2, r.Value, targetMinutes)).ToList(),
            Row("", "", all, targetMinutes));
    }

    private static DeliveryTimesRow Row(string source, string destination, List<double> minutes, int targetMinutes)
    {
        minutes.Sort();
        return new DeliveryTimesRow(source, destination, minutes.Count, minutes.Count(m => m <= targetMinutes),
            Percentile(minutes, 5), Percentile(minutes, 9));
    }

    /// The tenths-th percentile of sorted minutes, interpolated as a spreadsheet's PERCENTILE.INC does.
    private static double Percentile(List<double> sorted, int tenths)
    {
        if (sorted.Count == 0)
            return 0;
        var (low, high) = (tenths * (sorted.Count - 1) / 10, (tenths * (sorted.Count - 1) + 9) / 10);
        var fraction = tenths * (sorted.Count - 1) % 10 / 10.0;
        return sorted[low] + (sorted[high] - sorted[low]) * fraction;
    }

    public enum Dialect
    {
        Sqlite,
        Postgres,
        SqlServer,
    }

    /// The statement in a database's words, the period written in.
    public static string Statement(Dialect dialect, DateTime startUtc, DateTime endUtc)
    {
        var (minutes, instant) = dialect switch
        {
            Dialect.SqlServer => (SqlServerMinutes, (Func<DateTime, string>)(utc =>
                $"CAST('{utc.ToString("yyyy-MM-ddTHH:mm:ss.fffffff", CultureInfo.InvariantCulture)}' AS datetime2)")),
            Dialect.Postgres => (PostgresMinutes, utc =>
                $"TIMESTAMPTZ '{utc.ToString("yyyy-MM-dd HH:mm:ss.ffffff", CultureInfo.InvariantCulture)}+00'"),
            // As EF Core's SQLite provider writes an instant, so that the text compares in time order.
            _ => (SqliteMinutes, utc => $"'{utc.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture).TrimEnd('.')}'"),
        };
        return Union.Replace("{dispatches}", DispatchesPart, StringComparison.Ordinal)
            .Replace("{callUps}", CallUpsPart.Replace("{minutes}", minutes.Replace("{delivered}", "c.\"DeliveredAt\"")),
                StringComparison.Ordinal)
            .Replace("@start", instant(startUtc), StringComparison.Ordinal)
            .Replace("@end", instant(endUtc), StringComparison.Ordinal);
    }

    // The minutes between a delivery ({delivered}) and its request's submission (r."SubmittedAt"), in each database's words.
    private const string SqliteMinutes = """(julianday({delivered}) - julianday(r."SubmittedAt")) * 1440.0""";
    private const string PostgresMinutes = """CAST(EXTRACT(EPOCH FROM ({delivered} - r."SubmittedAt")) / 60 AS DOUBLE PRECISION)""";
    private const string SqlServerMinutes = """CAST(DATEDIFF_BIG(millisecond, r."SubmittedAt", {delivered}) AS FLOAT) / 60000""";

    private const string DispatchesPart = """
        SELECT d."SourceDepotId" AS "SourceDepotId", NULL AS "Supplier", d."DeliveredTo" AS "Destination", d."MinutesToDeliver" AS "Minutes"
        FROM "Dispatches" AS d
        WHERE d."DeliveredAt" >= @start AND d."DeliveredAt" < @end AND d."MinutesToDeliver" IS NOT NULL
        """;

    private const string CallUpsPart = """
        SELECT NULL, p."Name", r."DestinationName", {minutes}
        FROM "CallUps" AS c
        INNER JOIN "SupplyAgreements" AS a ON a."Id" = c."AgreementId"
        INNER JOIN "Suppliers" AS p ON p."Id" = a."SupplierId"
        INNER JOIN "AllocationRequests" AS r ON r."Id" = c."RequestId"
        WHERE c."DeliveredAt" >= @start AND c."DeliveredAt" < @end AND r."SubmittedAt" IS NOT NULL
        """;

    private const string Union = """
        {dispatches}
        UNION ALL
        {callUps}
        """;
}
