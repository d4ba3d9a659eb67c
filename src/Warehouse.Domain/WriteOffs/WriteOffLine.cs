using System.Globalization;
using Warehouse.Domain.Common;

namespace Warehouse.Domain.WriteOffs;

/// Goods on a write-off note: an item, and where it names them, the batch, the serial unit and the bin.
public sealed class WriteOffLine
{
    public const int MaxQuantity = 1_000_000;

    private WriteOffLine() { }

    public WriteOffLine(int itemId, int quantity, int? batchId, int? equipmentUnitId, int? locationId)
    {
        if (quantity is <= 0 or > MaxQuantity)
            throw new DomainException(Errors.WriteOffQuantityInvalid(quantity.ToString(CultureInfo.InvariantCulture)));
        if (equipmentUnitId is not null && quantity != 1)
            throw new DomainException(Errors.WriteOffQuantityInvalid(quantity.ToString(CultureInfo.InvariantCulture)));
        (ItemId, Quantity, BatchId, EquipmentUnitId, LocationId) = (itemId, quantity, batchId, equipmentUnitId, locationId);
    }

    public int Id { get; private set; }
    public int WriteOffId { get; private set; }
    public int ItemId { get; private set; }
    public int Quantity { get; private set; }
    public int? BatchId { get; private set; }
    public int? EquipmentUnitId { get; private set; }
    public int? LocationId { get; private set; }
}
