using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;

namespace Warehouse.Data.Infrastructure;

/// Queues this process's SQLite write transactions on an async gate, one per database file. SQLite lets one writer
/// in at a time and parks the others in its busy handler, which sleeps in growing naps (1, 2, 5 … 100 ms) and so
/// adds tens of milliseconds to a posting that waited; the gate hands the lock on as soon as it is free.
/// The gate is for speed only: the atomic conditional updates are what keep stock right, for writers outside the
/// gate (other processes, other code paths) as much as inside it. SQL Server has row locks and needs no gate.
public static class SqliteWriteGate
{
    private static readonly ConcurrentDictionary<string, SemaphoreSlim> Gates = new(StringComparer.Ordinal);

    public static async Task<IDisposable> EnterAsync(DbContext db, CancellationToken cancellationToken)
    {
        if (!db.Database.IsSqlite())
            return Passage.Open;
        var gate = Gates.GetOrAdd(FileOf(db.Database.GetDbConnection().DataSource), _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken);
        return new Passage(gate);
    }

    private static string FileOf(string dataSource) =>
        dataSource is "" or ":memory:" || dataSource.StartsWith("file:", StringComparison.Ordinal) ? dataSource : Path.GetFullPath(dataSource);

    private sealed class Passage(SemaphoreSlim? gate) : IDisposable
    {
        public static readonly Passage Open = new(null);

        private SemaphoreSlim? _gate = gate;

        public void Dispose() => Interlocked.Exchange(ref _gate, null)?.Release();
    }
}
