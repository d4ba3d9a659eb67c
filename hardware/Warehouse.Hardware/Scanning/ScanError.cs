namespace Warehouse.Hardware.Scanning;

/// <summary>Why a scan could not be used.</summary>
public enum ScanErrorKind
{
    /// <summary>Nothing was scanned.</summary>
    Empty,

    /// <summary>More than <see cref="ScanParser.MaxLength"/> characters.</summary>
    TooLong,

    /// <summary>Control characters outside a GS1 code (a misconfigured scanner or garbage).</summary>
    ControlCharacters,

    /// <summary>A GTIN, EAN or UPC whose check digit does not match.</summary>
    BadCheckDigit,

    /// <summary>A GS1 code whose elements do not follow the GS1 rules.</summary>
    MalformedGs1,

    /// <summary>A valid GS1 code without a GTIN, e.g. a pallet's SSCC only.</summary>
    MissingGtin,

    /// <summary>
    /// A GS1 code in which a variable-length field (a lot, a serial) runs into what reads as a following
    /// element: the scanner dropped the group separator, and where the field ends cannot be told.
    /// </summary>
    AmbiguousGs1,

    /// <summary>Starts like one of the system's own codes but the key is not valid.</summary>
    MalformedOwnCode,
}

/// <summary>A scan that could not be used, with a message an operator can act on.</summary>
/// <param name="Kind">The reason.</param>
/// <param name="Message">A clear English message.</param>
public sealed record ScanError(ScanErrorKind Kind, string Message);

/// <summary>The outcome of parsing one scan: a <see cref="Payload"/> or an <see cref="Error"/>.</summary>
/// <param name="Raw">What the scanner sent, unchanged.</param>
/// <param name="SymbologyIdentifier">The AIM symbology identifier that prefixed the data (e.g. "]C1"), if any.</param>
/// <param name="Payload">The parsed code, when the scan is usable.</param>
/// <param name="Error">Why not, when it is not.</param>
public sealed record ScanResult(string Raw, string? SymbologyIdentifier, ScanPayload? Payload, ScanError? Error)
{
    /// <summary>Whether <see cref="Payload"/> is set.</summary>
    public bool IsSuccess => Payload is not null;
}
