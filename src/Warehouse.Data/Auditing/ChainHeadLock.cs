using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Warehouse.Domain.Auditing;

namespace Warehouse.Data.Auditing;

/// The last link of each chain, read under a lock held to the end of the caller's transaction: on SQLite the
/// update takes the database's write lock, on SQL Server and PostgreSQL the head rows' locks, so one writer links at a time.
public static class ChainHeadLock
{
    /// Locks the named heads with one statement and answers their sequence and hash.
    public static async Task<Dictionary<string, (long Sequence, string Hash)>> LockAsync(WarehouseDbContext db,
        IReadOnlyCollection<string> names, CancellationToken cancellationToken)
    {
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("Chain heads are locked inside a transaction.");
        await using var command = transaction.Connection!.CreateCommand();
        command.Transaction = transaction;
        // The names are the chains' own constants, never input.
        var list = string.Join(", ", names.Select(n => $"'{n}'"));
        command.CommandText = (db.Database.IsSqlServer() ? LockSqlServer : LockReturning).Replace("{names}", list, StringComparison.Ordinal);
        var heads = new Dictionary<string, (long, string)>(StringComparer.Ordinal);
        await using (DbDataReader reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
                heads[reader.GetString(0)] = (reader.GetInt64(1), reader.GetString(2));
        }
        if (heads.Count != names.Count)
            throw new InvalidOperationException($"Chain heads missing: expected {list}.");
        return heads;
    }

    private const string LockSqlServer =
        "UPDATE [ChainHeads] SET [Sequence] = [Sequence] OUTPUT INSERTED.[Name], INSERTED.[Sequence], INSERTED.[Hash] WHERE [Name] IN ({names})";

    private const string LockReturning = """UPDATE "ChainHeads" SET "Sequence" = "Sequence" WHERE "Name" IN ({names}) RETURNING "Name", "Sequence", "Hash" """;

    /// Moves the heads on within the caller's save, so a save that fails leaves them where they were.
    public static void Move(WarehouseDbContext db, Dictionary<string, (long Sequence, string Hash)> heads)
    {
        foreach (var (name, (sequence, hash)) in heads)
        {
            var entry = db.ChangeTracker.Entries<ChainHead>().FirstOrDefault(e => e.Entity.Name == name)
                ?? db.Attach(new ChainHead(name, -1, ""));
            entry.Property(h => h.Sequence).CurrentValue = sequence;
            entry.Property(h => h.Hash).CurrentValue = hash;
        }
    }
}
