using Microsoft.EntityFrameworkCore;
using Warehouse.Data.Auditing;
using Warehouse.Data.Stock;
using Warehouse.Domain.Auditing;
using Warehouse.Domain.Common;
using Warehouse.Domain.Suppliers;

namespace Warehouse.Data.Suppliers;

/// What a supplier agreement says, as a manager types it.
public sealed record AgreementInput(int SupplierId, string Number, DateOnly ValidFrom, DateOnly ValidTo, int ResponseHours,
    IReadOnlyList<(int ItemId, int Guaranteed)> Lines);

/// Managers keep the suppliers and their agreements; every save is audited, and a taken code or number is refused.
public sealed class SupplierBook(WarehouseDbContext db, AuditTrail audit)
{
    /// A new supplier, or a change of a known one's name and contact as of the version its form was opened at.
    public async Task<Outcome<Supplier>> SaveSupplierAsync(int? id, string code, string name, string contact, string phone,
        AuditActor actor, int version = 0)
    {
        try
        {
            var supplier = id is { } known
                ? await db.Suppliers.SingleOrDefaultAsync(s => s.Id == known) ?? throw new DomainException(Errors.UnknownSupplier(known))
                : new Supplier(code, name, contact, phone);
            if (id is not null)
                Versions.Expect(db, supplier, version, Errors.SupplierChanged(supplier.Code));
            if (id is null)
            {
                if (await db.Suppliers.AnyAsync(s => s.Code == supplier.Code))
                    return Errors.SupplierCodeTaken(supplier.Code);
                db.Suppliers.Add(supplier);
            }
            else
                supplier.Rename(name, contact, phone);
            audit.Record(actor, AuditActions.SupplierSaved, supplier.Code, supplier.Name);
            await db.SaveChangesAsync();
            return supplier;
        }
        catch (DomainException refused)
        {
            db.ChangeTracker.Clear();
            return refused.Error;
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return Errors.SupplierChanged(code);
        }
    }

    /// A new agreement, or a revision of a known one as of the version its form was opened at.
    public async Task<Outcome<SupplyAgreement>> SaveAgreementAsync(int? id, AgreementInput input, AuditActor actor, int version = 0)
    {
        try
        {
            if (!await db.Suppliers.AnyAsync(s => s.Id == input.SupplierId))
                return Errors.UnknownSupplier(input.SupplierId);
            var itemIds = input.Lines.Select(l => l.ItemId).Distinct().ToList();
            if (await db.Items.CountAsync(i => itemIds.Contains(i.Id)) != itemIds.Count)
                return Errors.UnknownCode(string.Join(",", itemIds.Select(i => $"#{i}")));
            var agreement = await AgreementAsync(id, input, version);
            audit.Record(actor, AuditActions.AgreementSaved, agreement.Number,
                $"{input.ValidFrom:yyyy-MM-dd}..{input.ValidTo:yyyy-MM-dd}, {input.ResponseHours} h, "
                + string.Join(", ", input.Lines.Select(l => $"#{l.ItemId}×{l.Guaranteed}")));
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
            return Errors.AgreementChanged(input.Number);
        }
        catch (DbUpdateException)
        {
            // The database's own bounds (drawn within guaranteed) caught a call-up of the same moment.
            db.ChangeTracker.Clear();
            return Errors.ConcurrentChange();
        }
    }

    private async Task<SupplyAgreement> AgreementAsync(int? id, AgreementInput input, int version)
    {
        if (id is { } known)
        {
            var agreement = await db.SupplyAgreements.Include(a => a.Lines).SingleOrDefaultAsync(a => a.Id == known)
                ?? throw new DomainException(Errors.UnknownAgreement(known));
            Versions.Expect(db, agreement, version, Errors.AgreementChanged(agreement.Number));
            agreement.Revise(input.ValidFrom, input.ValidTo, input.ResponseHours, input.Lines);
            return agreement;
        }
        var created = new SupplyAgreement(input.Number, input.SupplierId, input.ValidFrom, input.ValidTo, input.ResponseHours, input.Lines);
        if (await db.SupplyAgreements.AnyAsync(a => a.Number == created.Number))
            throw new DomainException(Errors.AgreementNumberTaken(created.Number));
        db.SupplyAgreements.Add(created);
        return created;
    }
}
