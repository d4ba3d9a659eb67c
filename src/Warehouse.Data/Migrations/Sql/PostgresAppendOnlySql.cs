using Microsoft.EntityFrameworkCore.Migrations;

namespace Warehouse.Data.Migrations.Sql;

/// The append-only rules on PostgreSQL, as on the other providers: stock documents are never updated or deleted; a
/// ledger or audit row may be updated exactly once, to seal it (hash-chain links set, its content unchanged), and is
/// never deleted; none of the three tables may be truncated.
public static class PostgresAppendOnlySql
{
    private static readonly string[] MovementColumns =
    [
        "Id", "DocumentId", "BalanceId", "DepotId", "LocationId", "ItemId", "BatchId", "EquipmentUnitId", "Kind", "Quantity",
        "BalanceAfter", "UserName", "StationId", "OccurredAt",
    ];

    private static readonly string[] AuditColumns = ["Id", "At", "UserName", "Action", "Subject", "Detail", "Origin"];

    private const string Refuse = "warehouse_refuse_change";

    public static void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql($"""
            CREATE FUNCTION {Refuse}() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                RAISE EXCEPTION '% rows are append-only', TG_TABLE_NAME USING ERRCODE = 'restrict_violation';
            END;
            $$;
            """);
        Refuses(migrationBuilder, "StockDocuments", "UpdateOrDelete", "BEFORE UPDATE OR DELETE", "FOR EACH ROW");
        SealOnce(migrationBuilder, "StockMovements", MovementColumns);
        SealOnce(migrationBuilder, "AuditEntries", AuditColumns);
        foreach (var table in new[] { "StockDocuments", "StockMovements", "AuditEntries" })
            Refuses(migrationBuilder, table, "Truncate", "BEFORE TRUNCATE", "FOR EACH STATEMENT");
    }

    public static void Down(MigrationBuilder migrationBuilder) =>
        migrationBuilder.Sql($"DROP FUNCTION IF EXISTS {Refuse}() CASCADE;");

    private static void SealOnce(MigrationBuilder migrationBuilder, string table, string[] content)
    {
        var changed = string.Join(" OR ", content.Select(c => $"NEW.\"{c}\" IS DISTINCT FROM OLD.\"{c}\""));
        Refuses(migrationBuilder, table, "Delete", "BEFORE DELETE", "FOR EACH ROW");
        Refuses(migrationBuilder, table, "SealOnce", "BEFORE UPDATE",
            $"FOR EACH ROW WHEN (OLD.\"Hash\" IS NOT NULL OR NEW.\"Hash\" IS NULL OR {changed})");
    }

    private static void Refuses(MigrationBuilder migrationBuilder, string table, string name, string when, string scope) =>
        migrationBuilder.Sql($"CREATE TRIGGER \"TR_{table}_{name}\" {when} ON \"{table}\" {scope} EXECUTE FUNCTION {Refuse}();");
}
