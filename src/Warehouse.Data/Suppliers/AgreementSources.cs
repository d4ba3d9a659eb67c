using Microsoft.EntityFrameworkCore;
using Warehouse.Data.Allocation;
using Warehouse.Data.Allocation.Steps;
using Warehouse.Domain.Common;

namespace Warehouse.Data.Suppliers;

/// Adds to an approval's proposal the supplier agreements valid today that still guarantee the line's item, and proposes
/// calling up what our depots cannot give (or, with agreements first, as much as the agreements hold, the depots the rest).
public sealed class AgreementSources(WarehouseDbContext db, SupplierSourcing sourcing, BureauClock clock)
{
    public async Task<IReadOnlyList<SourceProposal>> CompleteAsync(IReadOnlyList<SourceProposal> proposals, int? centralId)
    {
        var today = clock.Today;
        var itemIds = proposals.Select(p => p.ItemId).ToList();
        var open = await db.AgreementLines.AsNoTracking()
            .Where(l => itemIds.Contains(l.ItemId) && l.Guaranteed > l.Drawn)
            .Join(db.SupplyAgreements.Where(a => a.ValidFrom <= today && a.ValidTo >= today), l => l.AgreementId, a => a.Id,
                (l, a) => new
                {
                    l.ItemId, Option = new AgreementOption(a.Id, a.Number, a.Supplier!.Name, l.Guaranteed - l.Drawn, a.ResponseHours),
                })
            .ToListAsync();
        return proposals.Select(p =>
        {
            var options = open.Where(o => o.ItemId == p.ItemId).Select(o => o.Option)
                .OrderBy(o => o.ResponseHours).ThenBy(o => o.Number).ToList();
            return options.Count == 0 ? p : Plan(p, options, centralId);
        }).ToList();
    }

    private SourceProposal Plan(SourceProposal proposal, IReadOnlyList<AgreementOption> options, int? centralId)
    {
        if (!sourcing.AgreementsFirst)
        {
            var uncovered = proposal.Requested - proposal.Proposed.Sum(x => x.Quantity);
            return proposal with { Agreements = options, ProposedCallUps = Take(uncovered, options) };
        }
        var called = Take(proposal.Requested, options);
        var rest = proposal.Requested - called.Sum(c => c.Quantity);
        return proposal with
        {
            Proposed = rest > 0 ? SourceProposals.Propose(rest, proposal.Options, centralId) : [],
            Agreements = options,
            ProposedCallUps = called,
        };
    }

    private static List<(int AgreementId, int Quantity)> Take(int needed, IReadOnlyList<AgreementOption> options)
    {
        var plan = new List<(int, int)>();
        foreach (var option in options.TakeWhile(_ => needed > 0))
        {
            var take = Math.Min(needed, option.Remaining);
            plan.Add((option.AgreementId, take));
            needed -= take;
        }
        return plan;
    }
}
