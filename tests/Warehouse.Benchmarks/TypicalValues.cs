using Microsoft.Data.Sqlite;

namespace Warehouse.Benchmarks;

/// The ids a detail page is opened with: a typical row of each kind, the one in the middle of its table, so a detail
/// page of the generated history is timed rather than the demo seed's first row. Keyed "Controller.parameter".
public static class TypicalValues
{
    private static readonly (string Key, string Sql)[] Queries =
    [
        ("Items.id", Middle("Items")), ("Depots.id", Middle("Depots")), ("Locations.id", Middle("Locations")),
        ("Quotas.id", Middle("Quotas")), ("Departments.id", Middle("Departments")), ("Printers.id", Middle("Printers")),
        ("Stock.id", Middle("StockDocuments")), ("Requests.id", Middle("AllocationRequests")),
        ("RequestDecisions.id", "SELECT Id FROM AllocationRequests WHERE State = 'InApproval' ORDER BY Id DESC LIMIT 1"),
        ("RequestsApi.number", "SELECT Number FROM AllocationRequests WHERE Id = (" + Middle("AllocationRequests") + ")"),
        ("Dispatches.id", Middle("Dispatches")), ("ApprovalRules.id", Middle("ApprovalRules")), ("Kits.id", Middle("Kits")),
        ("KitDefinitions.id", Middle("KitDefinitions")), ("Periods.id", Middle("ClosedPeriods")), ("Counts.id", Middle("StockCounts")),
        ("CountsApi.id", Middle("StockCounts")), ("WriteOffs.id", Middle("WriteOffs")), ("Standards.id", Middle("EquipmentStandards")),
        ("Places.id", Middle("Places")), ("PrintJobs.id", Middle("PrintJobs")),
        ("Codes.code", "SELECT Code FROM Items WHERE Id = (" + Middle("Items") + ")"), ("Maintenance.id", Middle("RepairJobs")), ("Stations.id", Middle("Stations")),
    ];

    public static IReadOnlyDictionary<string, string> Read(string databasePath)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        using var connection = new SqliteConnection($"Data Source={databasePath};Pooling=False");
        connection.Open();
        foreach (var (key, sql) in Queries)
        {
            using var command = connection.CreateCommand();
            command.CommandText = sql;
            try
            {
                if (command.ExecuteScalar() is { } value and not DBNull)
                    values[key] = Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)!;
            }
            catch (SqliteException e)
            {
                Console.WriteLine($"  no typical {key}: {e.Message}");
            }
        }
        return values;
    }

    private static string Middle(string table) =>
        $"SELECT Id FROM \"{table}\" ORDER BY Id LIMIT 1 OFFSET (SELECT COUNT(*) / 2 FROM \"{table}\")";
}
