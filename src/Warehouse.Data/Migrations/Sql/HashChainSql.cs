using Microsoft.EntityFrameworkCore.Migrations;

namespace Warehouse.Data.Migrations.Sql;

/// The append-only triggers once rows carry hash-chain links: a ledger or audit row may be updated exactly once, to
/// seal a row written before the chains existed (its content unchanged), and never deleted; stock documents are never
/// updated or deleted at all.
public static class HashChainSql
{
    private static readonly string[] MovementColumns =
    [
        "Id", "DocumentId", "BalanceId", "DepotId", "LocationId", "ItemId", "BatchId", "EquipmentUnitId", "Kind", "Quantity",
        "BalanceAfter", "UserName", "StationId", "OccurredAt",
    ];

    private static readonly string[] AuditColumns = ["Id", "At", "UserName", "Action", "Subject", "Detail", "Origin"];

    public static void Up(MigrationBuilder migrationBuilder, string? activeProvider)
    {
        if (IsSqlServer(activeProvider))
        {
            SqlServerSealOnce(migrationBuilder, "StockMovements", MovementColumns);
            SqlServerSealOnce(migrationBuilder, "AuditEntries", AuditColumns);
            migrationBuilder.Sql("EXEC(N'CREATE TRIGGER TR_StockDocuments_AppendOnly ON [StockDocuments] INSTEAD OF UPDATE, DELETE AS BEGIN THROW 50001, ''StockDocuments rows are append-only'', 1; END;');");
            return;
        }
        SqliteSealOnce(migrationBuilder, "StockMovements", MovementColumns);
        SqliteSealOnce(migrationBuilder, "AuditEntries", AuditColumns);
        migrationBuilder.Sql("CREATE TRIGGER TR_StockDocuments_NoUpdate BEFORE UPDATE ON StockDocuments BEGIN SELECT RAISE(ABORT, 'StockDocuments rows are append-only'); END;");
        migrationBuilder.Sql("CREATE TRIGGER TR_StockDocuments_NoDelete BEFORE DELETE ON StockDocuments BEGIN SELECT RAISE(ABORT, 'StockDocuments rows are append-only'); END;");
    }

    public static void Down(MigrationBuilder migrationBuilder, string? activeProvider)
    {
        if (IsSqlServer(activeProvider))
        {
            migrationBuilder.Sql("DROP TRIGGER TR_StockDocuments_AppendOnly;");
            foreach (var table in new[] { "StockMovements", "AuditEntries" })
            {
                migrationBuilder.Sql($"DROP TRIGGER TR_{table}_AppendOnly;");
                migrationBuilder.Sql($"EXEC(N'CREATE TRIGGER TR_{table}_AppendOnly ON [{table}] INSTEAD OF UPDATE, DELETE AS BEGIN THROW 50001, ''{table} rows are append-only'', 1; END;');");
            }
            return;
        }
        // Called after the column drops, whose table rebuilds may already have taken the triggers with them.
        migrationBuilder.Sql("DROP TRIGGER IF EXISTS TR_StockDocuments_NoUpdate;");
        migrationBuilder.Sql("DROP TRIGGER IF EXISTS TR_StockDocuments_NoDelete;");
        foreach (var table in new[] { "StockMovements", "AuditEntries" })
        {
            foreach (var (suffix, action) in new[] { ("NoUpdate", "UPDATE"), ("NoDelete", "DELETE") })
            {
                migrationBuilder.Sql($"DROP TRIGGER IF EXISTS TR_{table}_{suffix};");
                migrationBuilder.Sql(
                    $"CREATE TRIGGER TR_{table}_{suffix} BEFORE {action} ON {table} BEGIN SELECT RAISE(ABORT, '{table} rows are append-only'); END;");
            }
        }
    }

    private static void SqliteSealOnce(MigrationBuilder migrationBuilder, string table, string[] content)
    {
        var changed = string.Join(" OR ", content.Select(c => $"NEW.\"{c}\" IS NOT OLD.\"{c}\""));
        migrationBuilder.Sql($"DROP TRIGGER IF EXISTS TR_{table}_NoUpdate;");
        migrationBuilder.Sql($"""
            CREATE TRIGGER TR_{table}_NoUpdate BEFORE UPDATE ON {table}
            WHEN OLD."Hash" IS NOT NULL OR NEW."Hash" IS NULL OR {changed}
            BEGIN SELECT RAISE(ABORT, '{table} rows are append-only'); END;
            """);
    }

    private static void SqlServerSealOnce(MigrationBuilder migrationBuilder, string table, string[] content)
    {
        var columns = string.Join(", ", content.Select(c => $"[{c}]"));
        migrationBuilder.Sql($"DROP TRIGGER TR_{table}_AppendOnly;");
        migrationBuilder.Sql($"""
            EXEC(N'CREATE TRIGGER TR_{table}_AppendOnly ON [{table}] INSTEAD OF UPDATE, DELETE AS
            BEGIN
                SET NOCOUNT ON;
                IF NOT EXISTS (SELECT 1 FROM inserted) OR EXISTS (SELECT 1 FROM deleted WHERE [Hash] IS NOT NULL)
                    OR EXISTS (SELECT 1 FROM inserted WHERE [Hash] IS NULL)
                    OR EXISTS (SELECT {columns} FROM inserted EXCEPT SELECT {columns} FROM deleted)
                    THROW 50001, ''{table} rows are append-only'', 1;
                UPDATE t SET [Sequence] = i.[Sequence], [PreviousHash] = i.[PreviousHash], [Hash] = i.[Hash]
                FROM [{table}] t JOIN inserted i ON i.[Id] = t.[Id];
            END;');
            """);
    }

    private static bool IsSqlServer(string? activeProvider) =>
        activeProvider?.EndsWith(".SqlServer", StringComparison.Ordinal) == true;
}
