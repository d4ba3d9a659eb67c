using System.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Warehouse.Data.Reporting;

/// A read-only transaction in which several queries see one state of the database, without holding writers up where
/// the database can avoid it: SQLite reads a WAL snapshot (a deferred transaction takes no write lock), PostgreSQL
/// repeatable read is a snapshot; SQL Server without snapshot isolation needs serializable, which blocks writers of
/// the rows read until the report is done.
public static class ReadSnapshot
{
    public static async Task<IDbContextTransaction> BeginAsync(WarehouseDbContext db, CancellationToken cancellationToken)
    {
        if (!db.Database.IsSqlite())
            return await db.Database.BeginTransactionAsync(db.Database.IsSqlServer() ? IsolationLevel.Serializable : IsolationLevel.RepeatableRead,
                cancellationToken);
        await db.Database.OpenConnectionAsync(cancellationToken);
        var connection = (SqliteConnection)db.Database.GetDbConnection();
        return await db.Database.UseTransactionAsync(connection.BeginTransaction(deferred: true), cancellationToken)
            ?? throw new InvalidOperationException("The snapshot transaction was not taken up.");
    }
}
