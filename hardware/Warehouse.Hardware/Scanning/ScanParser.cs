using System.Text;
using Warehouse.Hardware.Barcodes;

namespace Warehouse.Hardware.Scanning;

/// <summary>
/// Turns what a scanner sends into a typed <see cref="ScanResult"/>; never throws. Order of tests:
/// full-width characters are folded (NFKC); AIM symbology identifier and trailing CR/LF/Tab are stripped; GS1 element strings (after ]C1, ]d2, ]Q3,
/// ]e0, with GS separators, or in "(01)…" form); the system's own codes (W?-…); 8, 12, 13 or 14 digits
/// as EAN-8, UPC-A, EAN-13 or GTIN-14 (check digit must match); anything else printable is plain text.
/// </summary>
public static class ScanParser
{
    /// <summary>Longest input accepted.</summary>
    public const int MaxLength = 512;

    // AIM identifiers whose data is a GS1 element string.
    private static readonly HashSet<string> Gs1Identifiers = ["]C1", "]d2", "]Q3", "]e0", "]e1", "]e2", "]J1"];

    /// <summary>Parses a scan, resolving GS1 dates against the local date.</summary>
    public static ScanResult Parse(string? raw) => Parse(raw, DateOnly.FromDateTime(DateTime.Now));

    /// <summary>Parses a scan; two-digit GS1 years are placed in the century nearest <paramref name="today"/>.</summary>
    public static ScanResult Parse(string? raw, DateOnly today)
    {
        raw ??= "";
        if (raw.Length > MaxLength)
        {
            return Fail(raw, null, ScanErrorKind.TooLong, $"The scan has {raw.Length} characters; at most {MaxLength} are accepted.");
        }
        // Full-width letters and digits from a Chinese input method in full-width mode read as their ASCII
        // selves (NFKC); a scanner set to end with Tab (or Tab then Enter) sends its suffix with the code.
        var text = FoldWidth(raw).TrimEnd('\r', '\n', '\t');
        string? symbology = null;
        if (text.Length >= 3 && text[0] == ']' && char.IsAsciiLetter(text[1]) && char.IsAsciiLetterOrDigit(text[2]))
        {
            symbology = text[..3];
            text = text[3..];
        }
        text = text.Trim(' ');
        if (text.Length == 0)
        {
            return Fail(raw, symbology, ScanErrorKind.Empty, "Nothing was scanned.");
        }

        var gs1Expected = symbology is not null && Gs1Identifiers.Contains(symbology);
        var humanGs1 = text.StartsWith('(') && text.IndexOf(')') is >= 3 and <= 5 && text[1..text.IndexOf(')')].All(char.IsAsciiDigit);
        if (gs1Expected || humanGs1 || text.Contains(Gs1.GroupSeparator))
        {
            return ParseGs1(raw, symbology, text, humanGs1, today);
        }
        if (text.Any(char.IsControl))
        {
            return Fail(raw, symbology, ScanErrorKind.ControlCharacters,
                "The scan contains control characters; check that the scanner sends plain text and ends with Enter.");
        }
        if (OwnCodes.KindOf(text) is { } kind)
        {
            var key = OwnCodes.KeyAfterPrefix(text);
            return OwnCodes.KeyProblem(key) is { } problem
                ? Fail(raw, symbology, ScanErrorKind.MalformedOwnCode, $"\"{text}\" looks like a {Describe(kind)} code but is not valid: {problem}")
                : Success(raw, symbology, new OwnCode(kind, key));
        }
        if (text.Length is 8 or 12 or 13 or 14 && text.All(char.IsAsciiDigit))
        {
            return ParseRetail(raw, symbology, text);
        }
        // Keyboard-wedge scanners often drop the ]C1 prefix; a valid element string that opens with a
        // GTIN (01) is still GS1.
        if (text.Length > 16 && text.StartsWith("01", StringComparison.Ordinal) && Gs1.HasValidCheckDigit(text[2..16])
            && Gs1.TryParseElementString(text, out _, out _))
        {
            return ParseGs1(raw, symbology, text, human: false, today);
        }
        return Success(raw, symbology, new PlainCode(text));
    }

    private static string FoldWidth(string raw)
    {
        try
        {
            return raw.Normalize(NormalizationForm.FormKC);
        }
        catch (ArgumentException)
        {
            // Broken surrogates cannot be normalized; the checks below refuse such input anyway.
            return raw;
        }
    }

    private static ScanResult ParseGs1(string raw, string? symbology, string text, bool human, DateOnly today)
    {
        var parsed = human
            ? Gs1.TryParseHumanForm(text, out var elements, out var error)
            : Gs1.TryParseElementString(text, out elements, out error);
        if (!parsed)
        {
            var kind = error.Contains("wrong check digit", StringComparison.Ordinal) ? ScanErrorKind.BadCheckDigit : ScanErrorKind.MalformedGs1;
            return Fail(raw, symbology, kind, $"The GS1 code is not valid: {error}");
        }
        if (!human && Gs1.RunOnField(elements) is { } reading)
        {
            return Fail(raw, symbology, ScanErrorKind.AmbiguousGs1,
                $"The GS1 code is ambiguous: it may be {reading}; a group separator (GS) is missing after a variable-length field.");
        }
        var all = elements.ToDictionary(e => e.Key, e => e.Value);
        var gtin = all.GetValueOrDefault("01") ?? all.GetValueOrDefault("02");
        if (gtin is null)
        {
            return Fail(raw, symbology, ScanErrorKind.MissingGtin,
                $"The GS1 code {Gs1.ToHumanForm(elements)} carries no GTIN (01); scan the product's own barcode.");
        }
        DateOnly? expiry = null;
        if (all.TryGetValue("17", out var expiryText))
        {
            if (!Gs1.TryResolveDate(expiryText, today, out var date))
            {
                return Fail(raw, symbology, ScanErrorKind.MalformedGs1, $"The expiry date (17){expiryText} does not exist.");
            }
            expiry = date;
        }
        int? count = all.TryGetValue("30", out var countText) || all.TryGetValue("37", out countText) ? int.Parse(countText) : null;
        return Success(raw, symbology, new Gs1Code(gtin, all.GetValueOrDefault("10"), expiry, all.GetValueOrDefault("21"), count, all));
    }

    private static ScanResult ParseRetail(string raw, string? symbology, string digits)
    {
        var name = digits.Length switch { 8 => "EAN-8", 12 => "UPC-A", 13 => "EAN-13", _ => "GTIN-14" };
        if (!Gs1.HasValidCheckDigit(digits))
        {
            var expected = Gs1.CheckDigit(digits.AsSpan(0, digits.Length - 1));
            return Fail(raw, symbology, ScanErrorKind.BadCheckDigit,
                $"{name} {digits} has a wrong check digit: expected {expected}, got {digits[^1]}. Scan again or type the code.");
        }
        var symbol = digits.Length switch
        {
            8 => RetailSymbology.Ean8,
            12 => RetailSymbology.UpcA,
            13 => RetailSymbology.Ean13,
            _ => RetailSymbology.Itf14,
        };
        return Success(raw, symbology, new RetailCode(digits.PadLeft(14, '0'), symbol));
    }

    private static string Describe(OwnCodeKind kind) => kind switch
    {
        OwnCodeKind.EquipmentUnit => "equipment unit",
        _ => kind.ToString().ToLowerInvariant(),
    };

    private static ScanResult Success(string raw, string? symbology, ScanPayload payload) => new(raw, symbology, payload, null);

    private static ScanResult Fail(string raw, string? symbology, ScanErrorKind kind, string message) =>
        new(raw, symbology, null, new ScanError(kind, message));
}
