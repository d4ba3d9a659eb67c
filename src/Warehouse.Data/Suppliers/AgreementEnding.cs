using Microsoft.EntityFrameworkCore;
using Warehouse.Data.Auditing;
using Warehouse.Data.Stock;
using Warehouse.Domain.Auditing;
using Warehouse.Domain.Common;
using Warehouse.Domain.Suppliers;

namespace Warehouse.Data.Suppliers;

/// A manager ends an agreement before its validity runs out (the supplier closed, the contract was terminated): from
/// today nothing more is called up under it; what was drawn stays drawn.
public sealed class AgreementEnding(WarehouseDbContext db, AuditTrail audit, BureauClock clock)
{
    public async Task<Outcome<SupplyAgreement>> EndAsync(int id, int version, AuditActor actor)
    {
        try
        {
            var agreement = await db.SupplyAgreements.SingleOrDefaultAsync(a => a.Id == id)
                ?? throw new DomainException(Errors.UnknownAgreement(id));
            Versions.Expect(db, agreement, version, Errors.AgreementChanged(agreement.Number));
            agreement.End(clock.Today);
            audit.Record(actor, AuditActions.AgreementEnded, agreement.Number, $"{clock.Today:yyyy-MM-dd}");
            await db.SaveChangesAsync();
            return agreement;
        }
        catch (DomainException refused)
        {
            db.ChangeTracker.Clear();
            return refused.Error;
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return Errors.AgreementChanged($"#{id}");
        }
    }
}
