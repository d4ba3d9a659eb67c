namespace Warehouse.Web.Features.Exports;

/// Where a background export stands.
public enum ExportJobState
{
    Running,
    Ready,
    Failed,
    Cancelled,
}

/// One workbook written in the background for the user who asked for it, then kept for them to download for a while.
public sealed class ExportJob(string key, string fileName, string startedBy, int rowsTotal, string path)
{
    private int _rowsDone;
    private volatile ExportJobState _state = ExportJobState.Running;

    /// The unguessable key its pages are found by.
    public string Key { get; } = key;

    public string FileName { get; } = fileName;

    public string StartedBy { get; } = startedBy;

    /// How many rows the workbook was counted to hold when it started.
    public int RowsTotal { get; } = rowsTotal;

    public int RowsDone => Volatile.Read(ref _rowsDone);

    public ExportJobState State => _state;

    /// Where the workbook is written on the server.
    public string Path { get; } = path;

    /// When it stopped running: ready, failed or cancelled.
    public DateTime? EndedAt { get; private set; }

    internal CancellationTokenSource Cancellation { get; } = new();

    /// Counts one more row written.
    public void Count() => Interlocked.Increment(ref _rowsDone);

    internal void End(ExportJobState state, DateTime at)
    {
        EndedAt = at;
        _state = state;
    }
}

/// Writes an export's workbook to <c>output</c> with the services of the scope it runs in, calling <c>counted</c> per row.
public delegate Task ExportWriter(IServiceProvider services, Stream output, Action counted, CancellationToken cancellationToken);

/// An export asked for: its file name, how to count its rows, and how to write it.
public sealed record ExportOrder(string FileName, Func<CancellationToken, Task<int>> CountAsync, ExportWriter Write);
