using Warehouse.Data.Auditing;

namespace Warehouse.Web.Features.Integrity;

/// One chain in the verification answer.
public sealed record ChainVerdictRow(string Name, bool Intact, long Through, ChainBreak? Break);

/// The answer of `/api/audit/verify` and of the verification page: intact or not, the audit trail's last verified
/// sequence as `through`, each chain on its own, and the first row that breaks.
public sealed record ChainVerdict(bool Intact, long Through, IReadOnlyList<ChainVerdictRow> Chains, ChainBreak? FirstBreak)
{
    public static ChainVerdict From(IReadOnlyList<ChainResult> chains)
    {
        var rows = chains.Select(c => new ChainVerdictRow(c.Name, c.Intact, c.Through, c.Break)).ToList();
        return new ChainVerdict(rows.All(r => r.Intact), rows[0].Through, rows,
            rows.Select(r => r.Break).FirstOrDefault(b => b is not null));
    }
}
