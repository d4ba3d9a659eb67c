using Microsoft.EntityFrameworkCore.Migrations;

namespace Warehouse.Data.Migrations.Sql;

/// Gives the client ids posted before scopes existed the scope they would get now: the product's own documents
/// (seeded opening stock, the workflow's dispatch, delivery and return notes, the demo's scans), a station's by its
/// id, a user's by their user id (their user name if the user is gone). Ids were globally unique before, so every
/// (scope, client id) pair stays unique.
public static class ClientScopeSql
{
    public static void Up(MigrationBuilder migrationBuilder, string? provider)
    {
        var sqlServer = provider?.Contains("SqlServer", StringComparison.Ordinal) == true;
        string Concat(string prefix, string value) =>
            sqlServer ? $"'{prefix}' + CAST({value} AS nvarchar(100))" : $"'{prefix}' || {value}";

        migrationBuilder.Sql($"""
            UPDATE StockDocuments SET ClientScope = CASE
                WHEN Reason IN ('Allocation', 'TransferOut', 'TransferIn') THEN 'product'
                WHEN StationId IS NULL AND Reason = 'Return' AND ClientId LIKE 'return-%' THEN 'product'
                WHEN Reason = 'OpeningBalance' AND ClientId LIKE 'seed-%' THEN 'product'
                WHEN StationId IS NOT NULL THEN {Concat("station:", "StationId")}
                ELSE {Concat("user:", "COALESCE((SELECT u.Id FROM AspNetUsers u WHERE u.UserName = StockDocuments.UserName), StockDocuments.UserName)")}
            END;
            """);
        migrationBuilder.Sql($"""
            UPDATE DispatchPicks SET ClientScope = CASE
                WHEN ClientId LIKE 'seed-%' THEN 'product'
                ELSE {Concat("user:", "COALESCE((SELECT u.Id FROM AspNetUsers u WHERE u.UserName = DispatchPicks.PickedBy), DispatchPicks.PickedBy)")}
            END;
            """);
    }
}
