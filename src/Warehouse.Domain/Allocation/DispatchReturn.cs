using Warehouse.Domain.Catalog;

namespace Warehouse.Domain.Allocation;

/// Goods that came back against a dispatch, in the condition the keeper found them.
public sealed class DispatchReturn
{
    private DispatchReturn() { }

    internal DispatchReturn(int itemId, int? unitId, int quantity, ReturnCondition condition, string by, DateTime atUtc, string? note)
    {
        ItemId = itemId;
        EquipmentUnitId = unitId;
        Quantity = quantity;
        Condition = condition;
        ReturnedBy = by;
        ReturnedAt = DateTime.SpecifyKind(atUtc, DateTimeKind.Utc);
        Note = CatalogText.Optional(note, "Note", 500);
    }

    public int Id { get; private set; }
    public int DispatchId { get; private set; }
    public int ItemId { get; private set; }
    public int? EquipmentUnitId { get; private set; }
    public int Quantity { get; private set; }
    public ReturnCondition Condition { get; private set; }
    public string ReturnedBy { get; private set; } = "";
    public DateTime ReturnedAt { get; private set; }
    public string? Note { get; private set; }
}
