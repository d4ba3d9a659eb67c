using Microsoft.EntityFrameworkCore;
using Warehouse.Data;
using Warehouse.Data.Auditing;
using Warehouse.Data.Stock;
using Warehouse.Data.Suppliers;
using Warehouse.Domain.Common;
using Warehouse.Domain.Suppliers;
using Warehouse.Web.Features.WriteOffs;
using Warehouse.Web.Infrastructure;

namespace Warehouse.Web.Features.Suppliers;

/// Turns the supplier forms into the supplier book's saves as the signed-in manager: item codes become items, and a
/// quantity that is no whole number is refused before anything is saved.
public sealed class SupplierCommands(WarehouseDbContext db, SupplierBook book, AgreementEnding ending, CurrentUser user)
{
    public Task<Outcome<Supplier>> SaveSupplierAsync(SupplierForm form) =>
        book.SaveSupplierAsync(form.Id, form.Code ?? "", form.Name ?? "", form.Contact ?? "", form.Phone ?? "", Actor, form.Version);

    public Task<Outcome<SupplyAgreement>> EndAgreementAsync(int id, int version) => ending.EndAsync(id, version, Actor);

    public async Task<Outcome<SupplyAgreement>> SaveAgreementAsync(AgreementForm form, CancellationToken cancellationToken)
    {
        if (form.ValidFrom is not { } from || form.ValidTo is not { } to)
            return Errors.AgreementValidityInvalid();
        var rows = GoodsLines.Parse(form.Lines);
        if (rows.Count is 0 or > SupplyAgreement.MaxLines)
            return Errors.AgreementLinesInvalid(SupplyAgreement.MaxLines);
        var lines = new List<(int, int)>();
        foreach (var row in rows)
        {
            if (row.Quantity is not { } quantity || !HasQuantity(form.Lines, row.Row))
                return Errors.AgreementQuantityInvalid(row.QuantityText);
            var code = row.Code.Trim().ToUpperInvariant();
            var item = await db.Items.Where(i => i.Code == code).Select(i => (int?)i.Id).SingleOrDefaultAsync(cancellationToken);
            if (item is null)
                return Errors.UnknownCode(row.Code);
            lines.Add((item.Value, quantity));
        }
        return await book.SaveAgreementAsync(form.Id, new AgreementInput(form.SupplierId, form.Number ?? "", from, to, form.ResponseHours,
            lines), Actor, form.Version);
    }

    // The goods box takes a lone code as one; an agreement line must say how many the supplier guarantees.
    private static bool HasQuantity(string? text, int row) =>
        (text ?? "").Split('\n')[row - 1].Trim().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length > 1;

    private AuditActor Actor => AuditActor.Of(user.ToActor());
}
