namespace Warehouse.Domain.Catalog;

public enum DepotKind
{
    CentralReserve,
    SubCenter,
    StoragePoint,
}

/// The 13 classes of the national emergency-supply classification.
public enum SupplyClass
{
    ProtectiveGear,
    LifeRescue,
    LifeSupport,
    RescueVehicles,
    FoodAndShelter,
    Decontamination,
    PowerAndFuel,
    EngineeringEquipment,
    ToolsAndInstruments,
    Lighting,
    Communications,
    Transport,
    EngineeringMaterials,
}

public enum TrackingMode
{
    None,
    Batch,
    Serial,
}

public enum StorageMode
{
    Government,
    Department,
    Agreement,
}

public enum EquipmentStatus
{
    InStock,
    Issued,
    InTransit,
    InRepair,
    Lost,
    Scrapped,
}
