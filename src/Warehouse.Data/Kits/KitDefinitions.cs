using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Warehouse.Data.Auditing;
using Warehouse.Data.Stock;
using Warehouse.Domain.Auditing;
using Warehouse.Domain.Common;
using Warehouse.Domain.Kits;

namespace Warehouse.Data.Kits;

/// Managers keep the kit definitions: a code and name, and the bill of items one kit holds.
public sealed class KitDefinitions(WarehouseDbContext db, AuditTrail audit)
{
    public Task<Outcome<int>> CreateAsync(string code, string name) => SaveAsync(async () =>
    {
        var definition = new KitDefinition(code, name);
        if (await db.KitDefinitions.AnyAsync(d => d.Code == definition.Code))
            throw new DomainException(Errors.KitDefinitionCodeTaken(definition.Code));
        db.KitDefinitions.Add(definition);
        audit.Record(AuditActions.KitDefined, definition.Code, definition.Name);
        return definition;
    });

    /// Sets one line of the bill, by the item's code; the quantity as typed, so a fraction is refused rather than rounded.
    public Task<Outcome<int>> SetLineAsync(int definitionId, string? itemCode, string? quantityText) => SaveAsync(async () =>
    {
        if (!decimal.TryParse(quantityText?.Trim(), NumberStyles.Number, CultureInfo.InvariantCulture, out var quantity))
            throw new DomainException(Errors.KitQuantityInvalid(quantityText ?? "", KitDefinition.MaxQuantity));
        var definition = await LoadAsync(definitionId);
        var code = (itemCode ?? "").Trim().ToUpperInvariant();
        var item = await db.Items.SingleOrDefaultAsync(i => i.Code == code)
            ?? throw new DomainException(Errors.UnknownCode(itemCode ?? ""));
        definition.SetLine(item.Id, quantity);
        audit.Record(AuditActions.KitDefined, definition.Code, $"{item.Code}×{quantity}");
        return definition;
    });

    public Task<Outcome<int>> RemoveLineAsync(int definitionId, int itemId) => SaveAsync(async () =>
    {
        var definition = await LoadAsync(definitionId);
        definition.RemoveLine(itemId);
        audit.Record(AuditActions.KitDefined, definition.Code, $"-#{itemId}");
        return definition;
    });

    private async Task<KitDefinition> LoadAsync(int id) =>
        await db.KitDefinitions.Include(d => d.Lines).SingleOrDefaultAsync(d => d.Id == id)
            ?? throw new DomainException(Errors.UnknownKitDefinition(id));

    private async Task<Outcome<int>> SaveAsync(Func<Task<KitDefinition>> change)
    {
        try
        {
            var definition = await change();
            await db.SaveChangesAsync();
            return definition.Id;
        }
        catch (DomainException refused)
        {
            db.ChangeTracker.Clear();
            return refused.Error;
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            return Errors.ConcurrentChange();
        }
    }
}
