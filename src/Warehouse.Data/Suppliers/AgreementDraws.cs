using Microsoft.EntityFrameworkCore;
using Warehouse.Domain.Common;
using Warehouse.Domain.Suppliers;

namespace Warehouse.Data.Suppliers;

/// Draws called-up quantities from agreement lines with one conditional update each (remaining ≥ quantity), so two
/// call-ups of the same moment can never promise the same guaranteed goods; run it inside the caller's transaction.
public sealed class AgreementDraws(WarehouseDbContext db, BureauClock clock)
{
    public async Task DrawAsync(SupplyAgreement agreement, int itemId, int quantity)
    {
        if (Domain.Stock.StockRules.CheckQuantity(quantity) is { } error)
            throw new DomainException(error);
        if (!agreement.IsValidOn(clock.Today))
            throw new DomainException(Errors.AgreementExpired(agreement.Number));
        var line = agreement.Lines.FirstOrDefault(l => l.ItemId == itemId)
            ?? throw new DomainException(Errors.AgreementNotCovering(agreement.Number, 0));
        var drawn = await db.AgreementLines.Where(l => l.Id == line.Id && l.Guaranteed - l.Drawn >= quantity)
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.Drawn, l => l.Drawn + quantity));
        if (drawn == 0)
        {
            var remaining = await db.AgreementLines.AsNoTracking().Where(l => l.Id == line.Id)
                .Select(l => l.Guaranteed - l.Drawn).SingleAsync();
            throw new DomainException(Errors.AgreementNotCovering(agreement.Number, remaining));
        }
    }
}
