namespace Warehouse.Domain.Auditing;

/// One run of the integrity check: whether both chains verified, how many balances drift from their ledger, and how many
/// quotas' held figures had drifted from their balances (each set right by the run).
public sealed class IntegrityCheck
{
    private IntegrityCheck() { }

    public IntegrityCheck(DateTime checkedAtUtc, long auditThrough, long ledgerThrough, string? brokenChain, long? brokenRowId,
        long? brokenSequence, string? expected, int driftingBalances, string? drift, int driftingQuotas)
    {
        CheckedAt = DateTime.SpecifyKind(checkedAtUtc, DateTimeKind.Utc);
        AuditThrough = auditThrough;
        LedgerThrough = ledgerThrough;
        BrokenChain = brokenChain;
        BrokenRowId = brokenRowId;
        BrokenSequence = brokenSequence;
        Expected = expected is { Length: > 500 } ? expected[..500] : expected;
        DriftingBalances = driftingBalances;
        Drift = drift is { Length: > 2000 } ? drift[..2000] : drift;
        DriftingQuotas = driftingQuotas;
    }

    public long Id { get; private set; }
    public DateTime CheckedAt { get; private set; }
    public long AuditThrough { get; private set; }
    public long LedgerThrough { get; private set; }
    public string? BrokenChain { get; private set; }
    public long? BrokenRowId { get; private set; }
    public long? BrokenSequence { get; private set; }
    public string? Expected { get; private set; }
    public int DriftingBalances { get; private set; }
    public string? Drift { get; private set; }
    public int DriftingQuotas { get; private set; }

    public bool Intact => BrokenChain is null;

    /// A break or a drift: administrators and auditors are warned on every page. A quota that had drifted was set right,
    /// but only something that went round the database's triggers can have moved it.
    public bool NeedsAttention => !Intact || DriftingBalances > 0 || DriftingQuotas > 0;
}
