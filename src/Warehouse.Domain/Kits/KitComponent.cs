namespace Warehouse.Domain.Kits;

/// One component packed into a kit: a serial unit, or a quantity of a batch (or of untracked goods) from one balance.
/// The component stays on its balance (packing moves no stock); while the kit holds it, it is not free for anything else.
public sealed class KitComponent
{
    private KitComponent() { }

    internal KitComponent(int itemId, int balanceId, int? batchId, int? unitId, int quantity, DateOnly? expiry)
    {
        ItemId = itemId;
        BalanceId = balanceId;
        BatchId = batchId;
        EquipmentUnitId = unitId;
        HeldUnitId = unitId;
        Quantity = quantity;
        Expiry = expiry;
    }

    public int Id { get; private set; }
    public int KitId { get; private set; }
    public int ItemId { get; private set; }
    public int BalanceId { get; private set; }
    public int? BatchId { get; private set; }
    public int? EquipmentUnitId { get; private set; }

    /// The unit while the kit holds it, null once released: a unique index keeps one unit in one kit at a time.
    public int? HeldUnitId { get; private set; }

    public int Quantity { get; private set; }

    /// The batch's expiry, when the component is batch goods.
    public DateOnly? Expiry { get; private set; }

    internal void Release() => HeldUnitId = null;
}
