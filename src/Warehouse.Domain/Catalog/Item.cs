using Warehouse.Domain.Common;

namespace Warehouse.Domain.Catalog;

public sealed class Item : IVersioned
{
    private Item() { }

    public Item(string code, string name, SupplyClass supplyClass, string unit, TrackingMode tracking)
    {
        Code = CatalogCodes.Normalize(code, nameof(Code));
        Tracking = tracking;
        Describe(name, null, supplyClass, unit);
    }

    public int Id { get; private set; }
    public int Version { get; private set; }
    public string Code { get; private set; } = "";
    public string Name { get; private set; } = "";
    public string? Specification { get; private set; }
    public SupplyClass Class { get; private set; }
    public string Unit { get; private set; } = "";
    public string? Gtin { get; private set; }
    public TrackingMode Tracking { get; private set; }
    public int? ShelfLifeDays { get; private set; }
    public int? MaintenanceIntervalDays { get; private set; }
    public bool Returnable { get; private set; }
    public decimal UnitPrice { get; private set; }
    public int? DepartmentId { get; private set; }
    public Department? Department { get; private set; }
    public bool Active { get; private set; } = true;

    public string Label => $"{Name} ({Code})";

    public void Describe(string name, string? specification, SupplyClass supplyClass, string unit)
    {
        Name = CatalogText.Required(name, nameof(Name), 100);
        Specification = CatalogText.Optional(specification, nameof(Specification), 200);
        Class = Enum.IsDefined(supplyClass) ? supplyClass
            : throw new DomainException(Errors.UnknownClass());
        Unit = CatalogText.Required(unit, nameof(Unit), 10);
    }

    public void SetGtin(string? gtin) => Gtin = Catalog.Gtin.NormalizeOptional(gtin);

    public void SetKeeping(int? shelfLifeDays, int? maintenanceIntervalDays, bool returnable, decimal unitPrice, int? departmentId)
    {
        if (shelfLifeDays is <= 0 or > 36500)
            throw new DomainException(Errors.ShelfLifeInvalid());
        if (maintenanceIntervalDays is <= 0 or > 3650)
            throw new DomainException(Errors.MaintenanceIntervalInvalid());
        if (unitPrice is < 0 or > 100_000_000)
            throw new DomainException(Errors.UnitPriceInvalid());
        ShelfLifeDays = shelfLifeDays;
        MaintenanceIntervalDays = maintenanceIntervalDays;
        Returnable = returnable;
        UnitPrice = decimal.Round(unitPrice, 2);
        DepartmentId = departmentId;
    }

    public void SetActive(bool active) => Active = active;

    /// What a received line may say about lots and units, before any is looked up: an untracked item takes neither,
    /// a batch-tracked item needs a known batch or a lot and no unit, a serial-numbered item comes one unit at a time,
    /// named by a known unit or a serial number, and takes no lot.
    public DomainError? CheckReceipt(int quantity, int? batchId, string? lot, int? unitId, string? serial) => Tracking switch
    {
        TrackingMode.None => RefuseLot(batchId, lot) ?? RefuseSerial(unitId, serial),
        TrackingMode.Batch => RefuseSerial(unitId, serial)
            ?? (batchId is null && string.IsNullOrWhiteSpace(lot) ? Errors.LotRequired(Label) : null),
        TrackingMode.Serial => RefuseLot(batchId, lot)
            ?? (quantity != 1 ? Errors.SerialQuantityMustBeOne(Label) : null)
            ?? (unitId is null && string.IsNullOrWhiteSpace(serial) ? Errors.SerialRequired(Label) : null),
        _ => null,
    };

    /// A lot this item has never had comes in with its expiry, and not already expired, except when an opening
    /// balance records what is on the shelves (expired lots included, so they can be scrapped through the ledger).
    public DomainError? CheckNewLot(string lot, DateOnly? expiry, DateOnly today, bool openingBalance) => expiry switch
    {
        null => Errors.ExpiryRequired(Label),
        { } date when date < today && !openingBalance => Errors.LotAlreadyExpired(lot, date.ToString("yyyy-MM-dd")),
        _ => null,
    };

    /// What an issued line may say about lots and units: it takes from lots already in stock, never a new one; only
    /// a serial-numbered item names a unit, and it goes one unit at a time.
    public DomainError? CheckIssue(int quantity, string? lot, DateOnly? expiry, int? unitId, string? serial)
    {
        if (lot is not null || expiry is not null)
            return Errors.NotTracked(Code, "new lot on issue");
        if (Tracking != TrackingMode.Serial)
            return RefuseSerial(unitId, serial);
        return quantity != 1 ? Errors.SerialQuantityMustBeOne(Label) : null;
    }

    private DomainError? RefuseLot(int? batchId, string? lot) =>
        batchId is not null || lot is not null ? Errors.NotTracked(Code, "lot") : null;

    private DomainError? RefuseSerial(int? unitId, string? serial) =>
        unitId is not null || serial is not null ? Errors.NotTracked(Code, "serial number") : null;

    public void Touch() => Version++;
}
