using Microsoft.EntityFrameworkCore;
using Warehouse.Data;
using Warehouse.Domain.Common;
using Warehouse.Web.Configuration;
using Warehouse.Web.Infrastructure;

namespace Warehouse.Web.Features.Suppliers;

public sealed record SupplierRow(int Id, string Code, string Name, string Contact, string Phone);

/// One item of an agreement: guaranteed by the supplier, drawn by call-ups, and what is left to call up.
public sealed record AgreementLineRow(string ItemCode, string ItemName, string Unit, int Guaranteed, int Drawn)
{
    public int Remaining => Guaranteed - Drawn;
}

public sealed record AgreementRow(int Id, string Number, string SupplierName, DateOnly ValidFrom, DateOnly ValidTo, int ResponseHours,
    bool Expired, IReadOnlyList<AgreementLineRow> Lines)
{
    public int Version { get; init; }
    public DateOnly? EndedOn { get; init; }
}

/// The suppliers and their agreements: stock held by suppliers, apart from our own shelves.
public sealed record SupplierListPage(IReadOnlyList<SupplierRow> Suppliers, IReadOnlyList<AgreementRow> Agreements, bool CanManage);

public sealed record SupplierFormPage(SupplierForm Form, string? Problem = null);

public sealed record AgreementFormPage(AgreementForm Form, IReadOnlyList<SupplierRow> Suppliers, string? Problem = null);

/// Builds the supplier pages: every agreement with its lines, the ones past their validity marked expired.
public sealed class SupplierPages(WarehouseDbContext db, CallerPermissions permissions, BureauClock clock)
{
    public async Task<SupplierListPage> IndexAsync(CancellationToken cancellationToken) =>
        new(await SuppliersAsync(cancellationToken), await AgreementsAsync(cancellationToken),
            await permissions.MayAsync(Policies.ManageSuppliers));

    public async Task<IReadOnlyList<SupplierRow>> SuppliersAsync(CancellationToken cancellationToken) =>
        await db.Suppliers.AsNoTracking().OrderBy(s => s.Code)
            .Select(s => new SupplierRow(s.Id, s.Code, s.Name, s.Contact, s.Phone)).ToListAsync(cancellationToken);

    /// Valid agreements first, then by number; each with its items.
    public async Task<IReadOnlyList<AgreementRow>> AgreementsAsync(CancellationToken cancellationToken)
    {
        var today = clock.Today;
        var agreements = await db.SupplyAgreements.AsNoTracking().Include(a => a.Supplier).Include(a => a.Lines).ThenInclude(l => l.Item)
            .OrderBy(a => a.Number).ToListAsync(cancellationToken);
        return agreements.Select(a => new AgreementRow(a.Id, a.Number, a.Supplier!.Name, a.ValidFrom, a.ValidTo, a.ResponseHours,
                a.ValidTo < today, a.Lines.OrderBy(l => l.Item!.Code)
                    .Select(l => new AgreementLineRow(l.Item!.Code, l.Item.Name, l.Item.Unit, l.Guaranteed, l.Drawn)).ToList())
                { Version = a.Version, EndedOn = a.EndedOn })
            .OrderBy(a => a.Expired).ThenBy(a => a.Number).ToList();
    }

    /// The form of a known supplier with its version; null when there is none.
    public async Task<SupplierFormPage?> SupplierFormAsync(int id, CancellationToken cancellationToken) =>
        await db.Suppliers.AsNoTracking().Where(s => s.Id == id)
            .Select(s => new SupplierForm { Id = s.Id, Version = s.Version, Code = s.Code, Name = s.Name, Contact = s.Contact, Phone = s.Phone })
            .SingleOrDefaultAsync(cancellationToken) is { } form ? new SupplierFormPage(form) : null;

    /// The form of a known agreement, its lines written back as item codes and quantities; null when there is none.
    public async Task<AgreementFormPage?> AgreementEditAsync(int id, CancellationToken cancellationToken)
    {
        var agreement = await db.SupplyAgreements.AsNoTracking().Include(a => a.Lines).ThenInclude(l => l.Item)
            .SingleOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (agreement is null)
            return null;
        var form = new AgreementForm
        {
            Id = agreement.Id, Version = agreement.Version, SupplierId = agreement.SupplierId, Number = agreement.Number,
            ValidFrom = agreement.ValidFrom, ValidTo = agreement.ValidTo, ResponseHours = agreement.ResponseHours,
            Lines = string.Join("\n", agreement.Lines.OrderBy(l => l.Item!.Code).Select(l => $"{l.Item!.Code} {l.Guaranteed}")),
        };
        return await AgreementFormAsync(form, null, cancellationToken);
    }

    public async Task<AgreementFormPage> AgreementFormAsync(AgreementForm form, string? problem, CancellationToken cancellationToken)
    {
        form.ValidFrom ??= clock.Today;
        form.ValidTo ??= clock.Today.AddYears(1);
        return new AgreementFormPage(form, await SuppliersAsync(cancellationToken), problem);
    }
}
