namespace Warehouse.Domain.Common;

/// Refusals of an opening-stock sheet's rows: what a bureau's shelves hold, read before any of it is posted.
public static partial class Errors
{
    public static DomainError ImportQuantityFractional(string column, string value) =>
        new("ImportQuantityFractional", $"Column \"{column}\" needs a whole number of units, not \"{value}\".", column, value);

    public static DomainError ImportNotADate(string column, string value) =>
        new("ImportNotADate", $"Column \"{column}\" needs a date such as 2027-06-30, not \"{value}\".", column, value);

    public static DomainError ImportUnknownLocation(string code) =>
        new("ImportUnknownLocation", $"There is no location {code}, in the database or in this workbook.", code);

    public static DomainError ImportSerialDuplicated(string serial, string firstRow) =>
        new("ImportSerialDuplicated", $"Serial number {serial} is already on row {firstRow} of this sheet.", serial, firstRow);

    public static DomainError ImportStockLineDuplicated(string firstRow) =>
        new("ImportStockLineDuplicated",
            $"The same stock line (depot, location, item, lot, serial number, storage mode) is already on row {firstRow} of this sheet.",
            firstRow);

    public static DomainError ImportStockDiffers(string held) =>
        new("ImportStockDiffers",
            $"This stock line is already held with {held} on hand: an opening balance does not change stock on hand; count it instead.",
            held);
}
