using Microsoft.EntityFrameworkCore;
using Warehouse.Data.Infrastructure;
using Warehouse.Domain.Auditing;

namespace Warehouse.Data.Tests;

/// The in-process queue for SQLite writers: one write at a time per file, and a write may call another.
public sealed class WriteGateTests : IDisposable
{
    private readonly TestDatabase _database = new();

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task Writes_to_one_file_take_turns()
    {
        await using var first = _database.NewContext();
        await using var second = _database.NewContext();
        var release = new TaskCompletionSource();
        var firstInside = new TaskCompletionSource();
        var secondStarted = false;

        var holding = SqliteWriteGate.RunAsync(first, async () =>
        {
            firstInside.SetResult();
            await release.Task;
            return 1;
        }, CancellationToken.None);
        await firstInside.Task;
        var waiting = SqliteWriteGate.RunAsync(second, () =>
        {
            secondStarted = true;
            return Task.FromResult(2);
        }, CancellationToken.None);

        // Not running: without the gate it would have run straight away, before RunAsync returned.
        Assert.False(secondStarted);
        release.SetResult();
        Assert.Equal(1, await holding);
        Assert.Equal(2, await waiting);
        Assert.True(secondStarted);
    }

    [Fact]
    public async Task A_write_that_holds_the_gate_may_run_another_inside_it()
    {
        await using var db = _database.NewContext();

        var nested = SqliteWriteGate.RunAsync(db, () => SqliteWriteGate.RunAsync(db, () => Task.FromResult("inner"), CancellationToken.None),
            CancellationToken.None);

        Assert.Same(nested, await Task.WhenAny(nested, Task.Delay(TimeSpan.FromSeconds(10))));
        Assert.Equal("inner", await nested);
        // And the gate is free again afterwards.
        Assert.Equal(3, await SqliteWriteGate.RunAsync(db, () => Task.FromResult(3), CancellationToken.None));
    }

    /// A sign-in's audit row is written on its own. Parked in SQLite's busy handler it would starve behind a writer that takes
    /// the lock step after step (the totals keeper catching up) and fail as "database is locked"; it queues at the gate.
    [Fact]
    public async Task An_audit_row_saved_on_its_own_queues_at_the_gate()
    {
        await using var holder = _database.NewContext();
        await using var auditor = _database.NewContext();
        var release = new TaskCompletionSource();
        var inside = new TaskCompletionSource();
        var holding = SqliteWriteGate.RunAsync(holder, async () =>
        {
            inside.SetResult();
            await release.Task;
            return 0;
        }, CancellationToken.None);
        await inside.Task;

        auditor.AuditEntries.Add(new AuditEntry(DateTime.UtcNow, "keeper", "SignIn", "keeper", null, "127.0.0.1"));
        var saving = auditor.SaveChangesAsync();
        await Task.WhenAny(saving, Task.Delay(500));

        Assert.False(saving.IsCompleted);
        release.SetResult();
        await holding;
        await saving;
        Assert.Equal(1, await auditor.AuditEntries.CountAsync(a => a.Action == "SignIn"));
    }
}
