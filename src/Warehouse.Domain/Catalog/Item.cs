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
            : throw new DomainException(new("UnknownClass", "Unknown supply class."));
        Unit = CatalogText.Required(unit, nameof(Unit), 10);
    }

    public void SetGtin(string? gtin) => Gtin = Catalog.Gtin.NormalizeOptional(gtin);

    public void SetKeeping(int? shelfLifeDays, int? maintenanceIntervalDays, bool returnable, decimal unitPrice, int? departmentId)
    {
        if (shelfLifeDays is <= 0 or > 36500)
            throw new DomainException(new("ShelfLifeInvalid", "Shelf life must be between 1 and 36500 days."));
        if (maintenanceIntervalDays is <= 0 or > 3650)
            throw new DomainException(new("MaintenanceIntervalInvalid", "Maintenance interval must be between 1 and 3650 days."));
        if (unitPrice is < 0 or > 100_000_000)
            throw new DomainException(new("UnitPriceInvalid", "Unit price must be between 0 and 100,000,000."));
        ShelfLifeDays = shelfLifeDays;
        MaintenanceIntervalDays = maintenanceIntervalDays;
        Returnable = returnable;
        UnitPrice = decimal.Round(unitPrice, 2);
        DepartmentId = departmentId;
    }

    public void SetActive(bool active) => Active = active;

    public void Touch() => Version++;
}
