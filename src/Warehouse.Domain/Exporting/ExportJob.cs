namespace Warehouse.Domain.Exporting;

/// Where a background export stands.
public enum ExportJobState
{
    Running,
    Ready,
    Failed,
    Cancelled,
}

/// A workbook written in the background for the user who asked for it, then kept for them to download for a while.
/// The instance that writes it records its progress here; any instance shows, hands out or cancels it from this row.
public sealed class ExportJob
{
    private ExportJob() { }

    public ExportJob(string key, string fileName, string startedBy, int rowsTotal, DateTime startedAtUtc)
    {
        Key = key;
        FileName = fileName;
        StartedBy = startedBy;
        RowsTotal = rowsTotal;
        StartedAt = ProgressAt = DateTime.SpecifyKind(startedAtUtc, DateTimeKind.Utc);
        State = ExportJobState.Running;
    }

    public int Id { get; private set; }

    /// The unguessable key its pages are found by.
    public string Key { get; private set; } = "";
    public string FileName { get; private set; } = "";
    public string StartedBy { get; private set; } = "";

    /// How many rows the workbook was counted to hold when it started.
    public int RowsTotal { get; private set; }
    public int RowsDone { get; private set; }
    public ExportJobState State { get; private set; }
    public DateTime StartedAt { get; private set; }

    /// When its instance last wrote its progress: a running job that has not done so for long has lost its instance.
    public DateTime ProgressAt { get; private set; }

    /// When it stopped running: ready, failed or cancelled.
    public DateTime? EndedAt { get; private set; }
}

/// The finished workbook of an export job, kept apart from the job so that looking jobs up never reads the bytes.
public sealed class ExportWorkbook
{
    private ExportWorkbook() { }

    public ExportWorkbook(int exportJobId, byte[] content)
    {
        ExportJobId = exportJobId;
        Content = content;
    }

    public int ExportJobId { get; private set; }
    public byte[] Content { get; private set; } = [];
}
