using Microsoft.EntityFrameworkCore.Migrations;

namespace Warehouse.Data.Migrations.Sql;

/// The names of the triggers that keep each quota's held figure (<see cref="Domain.Catalog.Quota.Held"/>), declared on the
/// model so SQL Server's saves do not ask for rows back from a table with a trigger (error 334).
public static class QuotaHeldTriggers
{
    public const string OnBalances = "TR_StockBalances_Held";
    public const string OnQuotas = "TR_Quotas_Held";
}

/// Keeps each quota's held figure in step with the balances, in each database's words: a balance inserted, changed (its
/// quantity on hand, depot or item) or deleted moves the figure of the quota of its depot and item by the difference, in
/// the same transaction; a new quota starts from what its depot holds of the item. The column starts as the sum of the
/// balances. A below-quota count then reads the quotas alone, rather than summing every balance in the county.
public static class QuotaHeldSql
{
    private const string Fill = """
        UPDATE "Quotas" SET "Held" = COALESCE((SELECT SUM(b."OnHand") FROM "StockBalances" AS b
            WHERE b."DepotId" = "Quotas"."DepotId" AND b."ItemId" = "Quotas"."ItemId"), 0);
        """;

    public static void Sqlite(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql(Fill);
        migrationBuilder.Sql($"""
            CREATE TRIGGER "{QuotaHeldTriggers.OnBalances}_Insert" AFTER INSERT ON "StockBalances" WHEN NEW."OnHand" <> 0
            BEGIN
                {Move('+', "NEW")}
            END;
            """);
        migrationBuilder.Sql($"""
            CREATE TRIGGER "{QuotaHeldTriggers.OnBalances}_Update" AFTER UPDATE OF "OnHand", "DepotId", "ItemId" ON "StockBalances"
            WHEN NEW."OnHand" <> OLD."OnHand" OR NEW."DepotId" <> OLD."DepotId" OR NEW."ItemId" <> OLD."ItemId"
            BEGIN
                {Move('-', "OLD")}
                {Move('+', "NEW")}
            END;
            """);
        migrationBuilder.Sql($"""
            CREATE TRIGGER "{QuotaHeldTriggers.OnBalances}_Delete" AFTER DELETE ON "StockBalances" WHEN OLD."OnHand" <> 0
            BEGIN
                {Move('-', "OLD")}
            END;
            """);
        // A new quota, or one moved to another depot or item, starts from what is held there.
        foreach (var (suffix, change) in new[] { ("", "INSERT"), ("_Moved", "UPDATE OF \"DepotId\", \"ItemId\"") })
            migrationBuilder.Sql($"""
                CREATE TRIGGER "{QuotaHeldTriggers.OnQuotas}{suffix}" AFTER {change} ON "Quotas"
                BEGIN
                    UPDATE "Quotas" SET "Held" = COALESCE((SELECT SUM(b."OnHand") FROM "StockBalances" AS b
                        WHERE b."DepotId" = NEW."DepotId" AND b."ItemId" = NEW."ItemId"), 0)
                    WHERE "Id" = NEW."Id";
                END;
                """);
    }

    /// Moves the held figure of the quota of a balance's row (NEW or OLD) by the row's quantity on hand.
    private static string Move(char sign, string row) =>
        $"""UPDATE "Quotas" SET "Held" = "Held" {sign} {row}."OnHand" WHERE "DepotId" = {row}."DepotId" AND "ItemId" = {row}."ItemId";""";

    public static void SqliteDown(MigrationBuilder migrationBuilder)
    {
        foreach (var trigger in new[] { "_Insert", "_Update", "_Delete" })
            migrationBuilder.Sql($"""DROP TRIGGER IF EXISTS "{QuotaHeldTriggers.OnBalances}{trigger}";""");
        migrationBuilder.Sql($"""DROP TRIGGER IF EXISTS "{QuotaHeldTriggers.OnQuotas}";""");
        migrationBuilder.Sql($"""DROP TRIGGER IF EXISTS "{QuotaHeldTriggers.OnQuotas}_Moved";""");
    }

    /// On PostgreSQL a new quota locks the balances it sums, so a posting to them waits and then finds the quota.
    public static void Postgres(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql(Fill);
        migrationBuilder.Sql($$"""
            CREATE FUNCTION warehouse_balance_held() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                IF TG_OP IN ('UPDATE', 'DELETE') THEN
                    {{Move('-', "OLD")}}
                END IF;
                IF TG_OP IN ('INSERT', 'UPDATE') THEN
                    {{Move('+', "NEW")}}
                END IF;
                RETURN NULL;
            END;
            $$;
            """);
        migrationBuilder.Sql("""
            CREATE FUNCTION warehouse_quota_held() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                PERFORM 1 FROM "StockBalances" WHERE "DepotId" = NEW."DepotId" AND "ItemId" = NEW."ItemId" FOR UPDATE;
                NEW."Held" := COALESCE((SELECT SUM("OnHand") FROM "StockBalances"
                    WHERE "DepotId" = NEW."DepotId" AND "ItemId" = NEW."ItemId"), 0);
                RETURN NEW;
            END;
            $$;
            """);
        migrationBuilder.Sql($"""
            CREATE TRIGGER "{QuotaHeldTriggers.OnBalances}_Insert" AFTER INSERT ON "StockBalances"
                FOR EACH ROW WHEN (NEW."OnHand" <> 0) EXECUTE FUNCTION warehouse_balance_held();
            """);
        migrationBuilder.Sql($"""
            CREATE TRIGGER "{QuotaHeldTriggers.OnBalances}_Update" AFTER UPDATE OF "OnHand", "DepotId", "ItemId" ON "StockBalances"
                FOR EACH ROW WHEN (NEW."OnHand" <> OLD."OnHand" OR NEW."DepotId" <> OLD."DepotId" OR NEW."ItemId" <> OLD."ItemId")
                EXECUTE FUNCTION warehouse_balance_held();
            """);
        migrationBuilder.Sql($"""
            CREATE TRIGGER "{QuotaHeldTriggers.OnBalances}_Delete" AFTER DELETE ON "StockBalances"
                FOR EACH ROW WHEN (OLD."OnHand" <> 0) EXECUTE FUNCTION warehouse_balance_held();
            """);
        migrationBuilder.Sql($"""
            CREATE TRIGGER "{QuotaHeldTriggers.OnQuotas}" BEFORE INSERT OR UPDATE OF "DepotId", "ItemId" ON "Quotas"
                FOR EACH ROW EXECUTE FUNCTION warehouse_quota_held();
            """);
    }

    public static void PostgresDown(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("DROP FUNCTION IF EXISTS warehouse_balance_held() CASCADE;");
        migrationBuilder.Sql("DROP FUNCTION IF EXISTS warehouse_quota_held() CASCADE;");
    }

    /// SQL Server's triggers run once per statement over its inserted and deleted rows. Created through EXEC, as a
    /// trigger must begin its batch.
    public static void SqlServer(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("""
            EXEC(N'UPDATE q SET q.[Held] = COALESCE((SELECT SUM(b.[OnHand]) FROM [StockBalances] AS b
                WHERE b.[DepotId] = q.[DepotId] AND b.[ItemId] = q.[ItemId]), 0) FROM [Quotas] AS q;');
            """);
        migrationBuilder.Sql($"""
            EXEC(N'CREATE TRIGGER [{QuotaHeldTriggers.OnBalances}] ON [StockBalances] AFTER INSERT, UPDATE, DELETE AS
            BEGIN
                SET NOCOUNT ON;
                UPDATE q SET q.[Held] = q.[Held] + c.[Delta]
                FROM [Quotas] AS q INNER JOIN (
                    SELECT x.[DepotId], x.[ItemId], SUM(x.[OnHand]) AS [Delta]
                    FROM (SELECT [DepotId], [ItemId], [OnHand] FROM inserted
                        UNION ALL SELECT [DepotId], [ItemId], -[OnHand] FROM deleted) AS x
                    GROUP BY x.[DepotId], x.[ItemId]) AS c ON c.[DepotId] = q.[DepotId] AND c.[ItemId] = q.[ItemId]
                WHERE c.[Delta] <> 0;
            END;');
            """);
        migrationBuilder.Sql($"""
            EXEC(N'CREATE TRIGGER [{QuotaHeldTriggers.OnQuotas}] ON [Quotas] AFTER INSERT, UPDATE AS
            BEGIN
                SET NOCOUNT ON;
                IF NOT (UPDATE([DepotId]) OR UPDATE([ItemId])) RETURN;
                UPDATE q SET q.[Held] = COALESCE((SELECT SUM(b.[OnHand]) FROM [StockBalances] AS b WITH (UPDLOCK, HOLDLOCK)
                    WHERE b.[DepotId] = q.[DepotId] AND b.[ItemId] = q.[ItemId]), 0)
                FROM [Quotas] AS q INNER JOIN inserted AS i ON i.[Id] = q.[Id];
            END;');
            """);
    }

    public static void SqlServerDown(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql($"DROP TRIGGER [{QuotaHeldTriggers.OnBalances}];");
        migrationBuilder.Sql($"DROP TRIGGER [{QuotaHeldTriggers.OnQuotas}];");
    }
}
