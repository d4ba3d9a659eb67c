namespace Warehouse.Domain.Catalog;

/// A supplier's lot of a batch-tracked item. The number is ours (printed on labels); the lot is the supplier's.
public sealed class Batch
{
    private Batch() { }

    public Batch(string number, Item item, string lot, DateOnly expiry, string? supplier)
    {
        Number = number;
        ItemId = item.Id;
        Item = item;
        Lot = CatalogText.Required(lot, nameof(Lot), 40);
        Expiry = expiry;
        Supplier = CatalogText.Optional(supplier, nameof(Supplier), 100);
    }

    public int Id { get; private set; }
    public string Number { get; private set; } = "";
    public int ItemId { get; private set; }
    public Item? Item { get; private set; }
    public string Lot { get; private set; } = "";
    public DateOnly Expiry { get; private set; }
    public string? Supplier { get; private set; }

    public bool IsExpiredOn(DateOnly day) => Expiry < day;
}
