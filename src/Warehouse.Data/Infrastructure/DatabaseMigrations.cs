using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Logging;

namespace Warehouse.Data.Infrastructure;

/// Brings the schema up to date at start-up, and does nothing at all when it already is. EF Core 9+ takes its
/// migrations lock before it looks for pending migrations; on SQLite that lock is a row in `__EFMigrationsLock`,
/// and a process killed while holding it makes every later start wait for it for ever. So the pending migrations
/// are asked for first. On SQLite (one process: at start-up nobody else can hold the lock) a stale lock row is
/// cleared, and all pending migrations run in one transaction of their own, foreign keys off: killed anywhere,
/// the database is as it was before, and the next start applies them all again.
public static class DatabaseMigrations
{
    private const string LockTable = "__EFMigrationsLock";

    /// Applies the pending migrations; returns their names (none when the schema was up to date).
    public static async Task<IReadOnlyList<string>> ApplyPendingAsync(WarehouseDbContext db, ILogger logger,
        CancellationToken cancellationToken = default)
    {
        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        if (pending.Count == 0)
            return pending;
        logger.LogInformation("Applying {Count} database migration(s): {Migrations}", pending.Count, string.Join(", ", pending));
        if (db.Database.IsSqlite())
            await MigrateSqliteAsync(db, logger, cancellationToken);
        else
            await db.Database.MigrateAsync(cancellationToken);
        logger.LogInformation("Database migrations applied");
        return pending;
    }

    private static async Task MigrateSqliteAsync(WarehouseDbContext db, ILogger logger, CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        var connection = db.Database.GetDbConnection();
        try
        {
            if (await ClearStaleLockAsync(connection, cancellationToken) is var cleared and > 0)
                logger.LogWarning("Cleared a stale migrations lock ({Rows} row(s) in {Table}) left by a start that was killed while " +
                    "migrating",
                    cleared, LockTable);
            // Outside any transaction: inside one SQLite ignores it. Rebuilding a table drops it, and with foreign
            // keys on that drop would first delete its rows and fire the children's ON DELETE actions.
            await ExecuteAsync(connection, "PRAGMA foreign_keys = 0;", cancellationToken);
            SqliteRebuildSqlGenerator.InOneTransaction = true;
            await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
            {
                // In our own transaction EF Core takes no lock of its own and commits nothing in between.
                await db.Database.MigrateAsync(cancellationToken);
                await CheckForeignKeysAsync(connection, transaction.GetDbTransaction(), cancellationToken);
                await transaction.CommitAsync(cancellationToken);
            }
            if (await AnalyzeNewIndexesAsync(connection, cancellationToken) is { Count: > 0 } analyzed)
                logger.LogInformation("Statistics gathered for new indexes: {Indexes}", string.Join(", ", analyzed));
        }
        finally
        {
            SqliteRebuildSqlGenerator.InOneTransaction = false;
            await ExecuteAsync(connection, "PRAGMA foreign_keys = 1;", CancellationToken.None);
            await db.Database.CloseConnectionAsync();
        }
    }

    /// Where the database keeps planner statistics (someone ran ANALYZE), an index a migration added has none, and
    /// SQLite's planner then takes it for one of ten rows a key: it walked every depot's balances by a new index rather
    /// than the few near-expiry batches. Each such index is measured now; a database without statistics is left so.
    private static async Task<IReadOnlyList<string>> AnalyzeNewIndexesAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'sqlite_stat1';";
        if (Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken)) == 0)
            return [];
        command.CommandText = "SELECT m.name FROM sqlite_master AS m WHERE m.type = 'index' " +
            "AND NOT EXISTS (SELECT 1 FROM sqlite_stat1 AS s WHERE s.idx = m.name) " +
            "AND EXISTS (SELECT 1 FROM sqlite_stat1 AS s WHERE s.tbl = m.tbl_name);";
        var names = new List<string>();
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
            while (await reader.ReadAsync(cancellationToken))
                names.Add(reader.GetString(0));
        foreach (var name in names)
            await ExecuteAsync(connection, $"ANALYZE \"{name.Replace("\"", "\"\"", StringComparison.Ordinal)}\";", cancellationToken);
        return names;
    }

    private static async Task<int> ClearStaleLockAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = '{LockTable}';";
        if (Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken)) == 0)
            return 0;
        command.CommandText = $"DELETE FROM \"{LockTable}\";";
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// With foreign keys off nothing checked the rows the migrations moved; a broken reference refuses the lot.
    private static async Task CheckForeignKeysAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "PRAGMA foreign_key_check;";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (await reader.ReadAsync(cancellationToken))
            throw new InvalidOperationException(
                $"After migrating, table {reader.GetString(0)} has a row whose reference into {reader.GetString(2)} is broken; nothing " +
                $"was applied.");
    }

    private static async Task ExecuteAsync(DbConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
