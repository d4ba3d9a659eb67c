namespace Warehouse.Domain.Readiness;

/// The two levels of administrative places (行政区划) the bureau equips: townships and their villages.
public enum PlaceKind
{
    Township,
    Village,
}

/// What one line of an equipment standard is counted per (配备标准的计算单位).
public enum CoverageBasis
{
    PerVillage,
    PerTownship,
    PerDutyPerson,
    PerDepot,
}
