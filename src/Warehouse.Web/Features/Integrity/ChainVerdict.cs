using Warehouse.Data.Auditing;
using Warehouse.Domain.Auditing;

namespace Warehouse.Web.Features.Integrity;

/// One chain in the verification answer.
public sealed record ChainVerdictRow(string Name, bool Intact, long Through, ChainBreak? Break);

/// The answer of `/api/audit/verify` and of the verification page: intact or not, the audit trail's last verified
/// sequence as `through`, each chain on its own, and the first row that breaks.
public sealed record ChainVerdict(bool Intact, long Through, IReadOnlyList<ChainVerdictRow> Chains, ChainBreak? FirstBreak)
{
    /// When the check ran (UTC).
    public DateTime? CheckedAt { get; init; }

    /// Whether a check asked for is running now; its result replaces this one when it ends.
    public bool Running { get; init; }

    /// The verdict a stored check holds: both chains' rows, and the first break it found.
    public static ChainVerdict From(IntegrityCheck check)
    {
        ChainBreak? Break(string chain) => check.BrokenChain == chain
            ? new ChainBreak(chain, check.BrokenRowId, check.BrokenSequence, check.Expected ?? "")
            : null;
        var audit = Break(HashChain.Audit);
        var ledger = Break(HashChain.Ledger);
        return From([
            new ChainResult(HashChain.Audit, check.AuditThrough, audit),
            new ChainResult(HashChain.Ledger, check.LedgerThrough, ledger),
        ]) with { CheckedAt = check.CheckedAt };
    }

    public static ChainVerdict From(IReadOnlyList<ChainResult> chains)
    {
        var rows = chains.Select(c => new ChainVerdictRow(c.Name, c.Intact, c.Through, c.Break)).ToList();
        return new ChainVerdict(rows.All(r => r.Intact), rows[0].Through, rows,
            rows.Select(r => r.Break).FirstOrDefault(b => b is not null));
    }
}
