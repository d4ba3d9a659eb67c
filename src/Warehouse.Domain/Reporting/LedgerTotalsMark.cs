namespace Warehouse.Domain.Reporting;

/// How far the month totals have read the ledger (its chain sequence, which is handed out in commit order) and in which
/// time zone their months were cut. One row; the refresh locks it, so two refreshes never sum the same rows twice.
public sealed class LedgerTotalsMark
{
    public const int SingleId = 1;

    private LedgerTotalsMark() { }

    public LedgerTotalsMark(long sequence, string zone)
    {
        Id = SingleId;
        Sequence = sequence;
        Zone = zone;
    }

    public int Id { get; private set; }
    public long Sequence { get; private set; }
    public string Zone { get; private set; } = "";

    public void MoveTo(long sequence, string zone)
    {
        Sequence = sequence;
        Zone = zone;
    }
}
