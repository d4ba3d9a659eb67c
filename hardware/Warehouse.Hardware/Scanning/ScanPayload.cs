namespace Warehouse.Hardware.Scanning;

/// <summary>What a successfully parsed scan holds: one of the records below.</summary>
public abstract record ScanPayload;

/// <summary>Which of the system's own objects a code names.</summary>
public enum OwnCodeKind
{
    /// <summary>An item of the catalog (letter I).</summary>
    Item,

    /// <summary>A storage location or bin (letter L).</summary>
    Location,

    /// <summary>A batch (letter B).</summary>
    Batch,

    /// <summary>An equipment unit, by asset number (letter E).</summary>
    EquipmentUnit,

    /// <summary>A dispatch (letter D).</summary>
    Dispatch,

    /// <summary>A packed kit of equipment (letter K).</summary>
    Kit,
}

/// <summary>One of the system's own codes, e.g. "WI-SH-0101" → (Item, "SH-0101"). See <see cref="OwnCodes"/>.</summary>
/// <param name="Kind">What the key identifies.</param>
/// <param name="Key">The item code, location code, batch number, asset number or dispatch number, upper case.</param>
public sealed record OwnCode(OwnCodeKind Kind, string Key) : ScanPayload
{
    /// <summary>The code as printed, e.g. "WI-SH-0101".</summary>
    public override string ToString() => OwnCodes.Format(Kind, Key);
}

/// <summary>A GS1 element string (GS1-128, GS1 DataMatrix, GS1 QR, DataBar) that carries a GTIN.</summary>
/// <param name="Gtin14">AI (01), or (02) when there is no (01), check digit verified.</param>
/// <param name="Lot">AI (10) batch or lot number.</param>
/// <param name="Expiry">AI (17) expiry date; day 00 means the last day of the month.</param>
/// <param name="Serial">AI (21) serial number.</param>
/// <param name="Count">AI (30) variable count, or (37) count of trade items.</param>
/// <param name="AllElements">Every element string, AI to value, including the ones above.</param>
public sealed record Gs1Code(
    string Gtin14,
    string? Lot,
    DateOnly? Expiry,
    string? Serial,
    int? Count,
    IReadOnlyDictionary<string, string> AllElements) : ScanPayload;

/// <summary>Retail barcode symbologies, by the number of digits they carry.</summary>
public enum RetailSymbology
{
    /// <summary>EAN-13 (13 digits).</summary>
    Ean13,

    /// <summary>UPC-A (12 digits).</summary>
    UpcA,

    /// <summary>EAN-8 (8 digits).</summary>
    Ean8,

    /// <summary>ITF-14 or any bare GTIN-14 (14 digits).</summary>
    Itf14,
}

/// <summary>A retail product code, check digit verified.</summary>
/// <param name="Gtin14">The GTIN padded with leading zeros to 14 digits.</param>
/// <param name="Symbology">Which code it was read from.</param>
public sealed record RetailCode(string Gtin14, RetailSymbology Symbology) : ScanPayload;

/// <summary>Printable text that is none of the codes above; the app may try it as a typed item or location code.</summary>
/// <param name="Text">The text, trimmed.</param>
public sealed record PlainCode(string Text) : ScanPayload;
