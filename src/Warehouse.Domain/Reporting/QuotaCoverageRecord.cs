namespace Warehouse.Domain.Reporting;

/// The quota coverage of every depot at one bureau-local month's end, recorded once that month is over: the stock each
/// depot held at that instant against the quotas on record when it was recorded. Stock at a past instant never changes
/// (the ledger is append-only and its times follow the posting order), so a report for a period ending at a month's end
/// reads these few rows instead of looking up every quota'd balance at the end again.
public sealed class QuotaCoverageRecord
{
    private readonly List<QuotaCoverageRecordLine> _lines = [];

    private QuotaCoverageRecord() { }

    public QuotaCoverageRecord(DateTime end, DateTime recordedAt, IEnumerable<QuotaCoverageRecordLine> lines)
    {
        End = end;
        RecordedAt = recordedAt;
        _lines.AddRange(lines);
    }

    public int Id { get; private set; }

    /// The instant the month ended (UTC): the first instant of the next bureau-local month.
    public DateTime End { get; private set; }

    public DateTime RecordedAt { get; private set; }

    public IReadOnlyList<QuotaCoverageRecordLine> Lines => _lines;
}

/// One depot's figures in a <see cref="QuotaCoverageRecord"/>: its quota lines, how many stood at or above their minimum
/// and their target, the target quantity and how much of it the stock covered.
public sealed class QuotaCoverageRecordLine
{
    private QuotaCoverageRecordLine() { }

    public QuotaCoverageRecordLine(int depotId, int lines, int atMinimum, int atTarget, long targetQuantity, long coveredQuantity)
    {
        DepotId = depotId;
        Lines = lines;
        AtMinimum = atMinimum;
        AtTarget = atTarget;
        TargetQuantity = targetQuantity;
        CoveredQuantity = coveredQuantity;
    }

    public int Id { get; private set; }
    public int RecordId { get; private set; }
    public int DepotId { get; private set; }
    public int Lines { get; private set; }
    public int AtMinimum { get; private set; }
    public int AtTarget { get; private set; }
    public long TargetQuantity { get; private set; }
    public long CoveredQuantity { get; private set; }
}
