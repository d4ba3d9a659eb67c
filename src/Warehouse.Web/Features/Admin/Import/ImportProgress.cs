using System.Collections.Concurrent;

namespace Warehouse.Web.Features.Admin.Import;

/// A running job's rows worked through so far, counted as the reader and the writer go, and its cancellation: each row
/// counted is also where a cancelled preview stops.
public sealed class ImportProgress(CancellationToken cancellation)
{
    private int _done;
    private int _total;

    /// Cancelled when the job is cancelled (or the application stops).
    public CancellationToken Cancellation => cancellation;

    public int Done => Volatile.Read(ref _done);

    public int Total => Volatile.Read(ref _total);

    /// Adds rows still to come to the total.
    public void Expect(int rows) => Interlocked.Add(ref _total, rows);

    public void Advance(int rows = 1)
    {
        Interlocked.Add(ref _done, rows);
        cancellation.ThrowIfCancellationRequested();
    }
}

/// The import jobs running in this process: their live progress (the database has the stage; on SQLite the counts move
/// too often to write, and a commit holds the write lock meanwhile; on a server database the runner's heartbeat writes them
/// every few seconds for the other instances), the way to stop a preview, and the new users' set-password links of a
/// finished commit, handed out once and never stored: with several instances they are shown only by the instance that
/// wrote the job, so without sticky sessions the starter may have to reset those users' passwords from the users page.
public sealed class ImportProgressBoard
{
    private readonly ConcurrentDictionary<int, (ImportProgress Progress, CancellationTokenSource Cancel)> _running = new();
    private readonly ConcurrentDictionary<int, IReadOnlyList<SetPasswordInvitation>> _invitations = new();

    public ImportProgress Begin(int jobId, CancellationToken stopping)
    {
        var cancel = CancellationTokenSource.CreateLinkedTokenSource(stopping);
        var progress = new ImportProgress(cancel.Token);
        _running[jobId] = (progress, cancel);
        return progress;
    }

    public ImportProgress? Of(int jobId) => _running.TryGetValue(jobId, out var running) ? running.Progress : null;

    public void End(int jobId)
    {
        if (_running.TryRemove(jobId, out var running))
            running.Cancel.Dispose();
    }

    /// Stops the job's preview at its next row; nothing happens when it is not running here.
    public void Cancel(int jobId)
    {
        try
        {
            if (_running.TryGetValue(jobId, out var running))
                running.Cancel.Cancel();
        }
        catch (ObjectDisposedException)
        {
            // It ended just now: there is nothing left to stop.
        }
    }

    public void Keep(int jobId, IReadOnlyList<SetPasswordInvitation> invitations)
    {
        if (invitations.Count > 0)
            _invitations[jobId] = invitations;
    }

    /// The job's set-password links, once: the next call answers none.
    public IReadOnlyList<SetPasswordInvitation> Take(int jobId) => _invitations.TryRemove(jobId, out var links) ? links : [];
}
