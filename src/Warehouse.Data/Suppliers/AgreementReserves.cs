using Microsoft.EntityFrameworkCore;
using Warehouse.Domain.Common;

namespace Warehouse.Data.Suppliers;

/// One agreement that covers an item: who holds the goods, what is guaranteed and drawn, and whether it is valid today.
public sealed record AgreementCover(int AgreementId, string Number, string SupplierName, DateOnly ValidFrom, DateOnly ValidTo,
    int ResponseHours, int Guaranteed, int Drawn, bool ValidToday)
{
    public int Remaining => Guaranteed - Drawn;
}

/// The agreement reserves (协议储备) beside our own stock: what suppliers still guarantee under agreements valid today.
/// The goods are the supplier's until called up, so they are never added to our balances, only shown apart.
public sealed class AgreementReserves(WarehouseDbContext db, BureauClock clock)
{
    /// Remaining (guaranteed − drawn) per item under agreements valid today, in one grouped query; all items when none
    /// are named. Items no valid agreement covers are absent.
    public async Task<IReadOnlyDictionary<int, int>> RemainingByItemAsync(IReadOnlyCollection<int>? itemIds,
        CancellationToken cancellationToken)
    {
        var today = clock.Today;
        var lines = db.AgreementLines.AsNoTracking().Where(l => l.Guaranteed > l.Drawn);
        if (itemIds is not null)
            lines = lines.Where(l => itemIds.Contains(l.ItemId));
        return await lines
            .Join(db.SupplyAgreements.Where(a => a.ValidFrom <= today && a.ValidTo >= today), l => l.AgreementId, a => a.Id, (l, a) => l)
            .GroupBy(l => l.ItemId)
            .Select(g => new { ItemId = g.Key, Remaining = g.Sum(l => l.Guaranteed - l.Drawn) })
            .ToDictionaryAsync(g => g.ItemId, g => g.Remaining, cancellationToken);
    }

    /// Every agreement that guarantees the item, the valid ones first.
    public async Task<IReadOnlyList<AgreementCover>> CoveringAsync(int itemId, CancellationToken cancellationToken)
    {
        var today = clock.Today;
        var covers = await db.AgreementLines.AsNoTracking().Where(l => l.ItemId == itemId)
            .Join(db.SupplyAgreements, l => l.AgreementId, a => a.Id, (l, a) => new AgreementCover(a.Id, a.Number, a.Supplier!.Name,
                a.ValidFrom, a.ValidTo, a.ResponseHours, l.Guaranteed, l.Drawn, a.ValidFrom <= today && a.ValidTo >= today))
            .ToListAsync(cancellationToken);
        return covers.OrderByDescending(c => c.ValidToday).ThenBy(c => c.Number).ToList();
    }
}
