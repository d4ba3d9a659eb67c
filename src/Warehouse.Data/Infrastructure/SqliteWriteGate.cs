using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;

namespace Warehouse.Data.Infrastructure;

/// Queues this process's SQLite writes on an async gate, one per database file. SQLite lets one writer in at a
/// time and parks the others in its busy handler, which sleeps in growing naps (1, 2, 5 … 100 ms) and so adds tens
/// of milliseconds to a posting that waited; the gate hands the lock on as soon as it is free. The frequent writers
/// go through it (postings, allocation steps, the print queue), or they would send each other to sleep; rare ones
/// (catalog edits, sign-ins) may still meet the busy handler. A flow that already holds the gate passes straight through.
/// The gate is for speed only: the atomic conditional updates are what keep stock right, for writers outside the
/// gate (other processes, other code paths) as much as inside it. SQL Server has row locks and needs no gate.
public static class SqliteWriteGate
{
    private static readonly ConcurrentDictionary<string, SemaphoreSlim> Gates = new(StringComparer.Ordinal);
    private static readonly AsyncLocal<SemaphoreSlim?> Held = new();

    /// Runs the write (open its transaction inside it) once this process holds the gate of the context's file.
    public static async Task<T> RunAsync<T>(DbContext db, Func<Task<T>> write, CancellationToken cancellationToken)
    {
        if (!db.Database.IsSqlite())
            return await write();
        var gate = Gates.GetOrAdd(FileOf(db.Database.GetDbConnection().DataSource), _ => new SemaphoreSlim(1, 1));
        if (Held.Value == gate)
            return await write();
        await gate.WaitAsync(cancellationToken);
        try
        {
            // Set here, so that it flows into the write and whatever it calls, and is gone again for the caller.
            Held.Value = gate;
            return await write();
        }
        finally
        {
            gate.Release();
        }
    }

    private static string FileOf(string dataSource) =>
        dataSource is "" or ":memory:" || dataSource.StartsWith("file:", StringComparison.Ordinal) ? dataSource
            : Path.GetFullPath(dataSource);
}
