namespace Warehouse.Domain.Common;

/// Refusals of catalogue entries: items, depots, departments, quotas.
public static partial class Errors
{
    public static DomainError CodeInvalid(string field, int maxLength) =>
        new("CodeInvalid", $"{field} must be 1 to {maxLength} characters: letters, digits, '-', '_' or '.'.", field, maxLength);

    public static DomainError Required(string field) =>
        new("Required", $"{field} is required.", field);

    public static DomainError GtinInvalid(string value) =>
        new("GtinInvalid", $"'{value}' is not a valid GTIN (8, 12, 13 or 14 digits with its check digit).", value);

    public static DomainError LatitudeOutOfRange() =>
        new("LatitudeOutOfRange", "Latitude must be between -90 and 90.");

    public static DomainError LongitudeOutOfRange() =>
        new("LongitudeOutOfRange", "Longitude must be between -180 and 180.");

    public static DomainError UnknownClass() =>
        new("UnknownClass", "Unknown supply class.");

    public static DomainError ShelfLifeInvalid() =>
        new("ShelfLifeInvalid", "Shelf life must be between 1 and 36500 days.");

    public static DomainError MaintenanceIntervalInvalid() =>
        new("MaintenanceIntervalInvalid", "Maintenance interval must be between 1 and 3650 days.");

    public static DomainError UnitPriceInvalid() =>
        new("UnitPriceInvalid", "Unit price must be between 0 and 100,000,000.");

    public static DomainError QuotaInvalid(int limit) =>
        new("QuotaInvalid", $"Quota needs 0 ≤ minimum ≤ target and a target between 1 and {limit}.", limit);

    public static DomainError ReserveFloorInvalid(int target) =>
        new("ReserveFloorInvalid", $"The reserve floor must be between 0 and the target ({target}).", target);
}
