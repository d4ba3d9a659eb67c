namespace Warehouse.Domain.Catalog;

/// One serial-numbered piece of equipment. The asset number is ours (on its label); the serial is the maker's.
public sealed class EquipmentUnit
{
    private EquipmentUnit() { }

    public EquipmentUnit(string assetNumber, Item item, string serialNumber)
    {
        AssetNumber = assetNumber;
        ItemId = item.Id;
        Item = item;
        SerialNumber = CatalogCodes.Normalize(serialNumber, nameof(SerialNumber));
        Status = EquipmentStatus.InStock;
    }

    public int Id { get; private set; }
    public string AssetNumber { get; private set; } = "";
    public int ItemId { get; private set; }
    public Item? Item { get; private set; }
    public string SerialNumber { get; private set; } = "";
    public EquipmentStatus Status { get; private set; }
    public int? DepotId { get; private set; }
    public DateOnly? LastMaintenance { get; private set; }

    public void Receive(int depotId)
    {
        Status = EquipmentStatus.InStock;
        DepotId = depotId;
    }

    /// Back from a dispatch needing repair: at the depot, but not fit to issue.
    public void ReceiveForRepair(int depotId)
    {
        Status = EquipmentStatus.InRepair;
        DepotId = depotId;
    }

    public void Issue(EquipmentStatus outcome)
    {
        Status = outcome;
        DepotId = null;
    }

    /// The day of the unit's last full service (an import, a closed repair): every plan's next check counts from it.
    public void RecordMaintenance(DateOnly day) => LastMaintenance = day;

    /// Taken out of service at its depot: a check failed.
    public void StartRepair() => Status = EquipmentStatus.InRepair;

    /// Mended on <paramref name="day"/>: back in stock and counted as serviced that day.
    public void FinishRepair(DateOnly day)
    {
        Status = DepotId is null ? Status : EquipmentStatus.InStock;
        LastMaintenance = day;
    }
}
