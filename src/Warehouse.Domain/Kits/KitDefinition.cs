using Warehouse.Domain.Catalog;
using Warehouse.Domain.Common;

namespace Warehouse.Domain.Kits;

/// A kit definition (成套装备): the bill of items one packed kit holds, e.g. a village's "5+X" set or a flood-duty pack.
public sealed class KitDefinition
{
    /// The most of one item a kit may hold.
    public const int MaxQuantity = 1000;

    private readonly List<KitDefinitionLine> _lines = [];

    private KitDefinition() { }

    public KitDefinition(string code, string name)
    {
        Code = CatalogCodes.Normalize(code, "Code");
        Name = CatalogText.Required(name, "Name", 100);
    }

    public int Id { get; private set; }
    public string Code { get; private set; } = "";
    public string Name { get; private set; } = "";
    public IReadOnlyList<KitDefinitionLine> Lines => _lines;

    /// How many of the item one kit holds; 0 when the item is not on the bill.
    public int QuantityOf(int itemId) => _lines.FirstOrDefault(l => l.ItemId == itemId)?.Quantity ?? 0;

    /// Sets how many of an item the kit holds: a positive whole number, as typed (so "1.5" or "-2" is refused, not rounded).
    public void SetLine(int itemId, decimal quantity)
    {
        if (quantity != decimal.Truncate(quantity) || quantity < 1 || quantity > MaxQuantity)
            throw new DomainException(Errors.KitQuantityInvalid(quantity.ToString(System.Globalization.CultureInfo.InvariantCulture),
                MaxQuantity));
        var line = _lines.FirstOrDefault(l => l.ItemId == itemId);
        if (line is null)
            _lines.Add(new KitDefinitionLine(itemId, (int)quantity));
        else
            line.Quantity = (int)quantity;
    }

    public void RemoveLine(int itemId) => _lines.RemoveAll(l => l.ItemId == itemId);
}

/// One item on a kit definition's bill, and how many of it one kit holds.
public sealed class KitDefinitionLine
{
    private KitDefinitionLine() { }

    internal KitDefinitionLine(int itemId, int quantity)
    {
        ItemId = itemId;
        Quantity = quantity;
    }

    public int Id { get; private set; }
    public int KitDefinitionId { get; private set; }
    public int ItemId { get; private set; }
    public Item? Item { get; private set; }
    public int Quantity { get; internal set; }
}
