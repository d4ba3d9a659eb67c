namespace Warehouse.Hardware.Scanning;

/// <summary>
/// The system's own barcode payloads: "W", a kind letter, "-", and a key. Letters: I item, L location,
/// B batch, E equipment unit, D dispatch, K kit — e.g. WI-SH-0101, WL-CR-A-01-02, WB-B000123, WE-EQ000045,
/// WD-DP20261123-0007. Keys are 1–40 characters of A–Z, 0–9, '-', '_' and '.', read case-insensitively
/// and kept in upper case.
/// </summary>
public static class OwnCodes
{
    /// <summary>Longest key allowed.</summary>
    public const int MaxKeyLength = 40;

    /// <summary>Builds the code for a key, e.g. (Item, "sh-0101") → "WI-SH-0101".</summary>
    /// <exception cref="ArgumentException">The key is empty, too long, or has characters outside A–Z 0–9 - _ .</exception>
    public static string Format(OwnCodeKind kind, string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var normalised = key.ToUpperInvariant();
        if (KeyProblem(normalised) is { } problem)
        {
            throw new ArgumentException(problem, nameof(key));
        }
        return $"W{Letter(kind)}-{normalised}";
    }

    /// <summary>The kind letter: I, L, B, E, D or K.</summary>
    public static char Letter(OwnCodeKind kind) => kind switch
    {
        OwnCodeKind.Item => 'I',
        OwnCodeKind.Location => 'L',
        OwnCodeKind.Batch => 'B',
        OwnCodeKind.EquipmentUnit => 'E',
        OwnCodeKind.Dispatch => 'D',
        OwnCodeKind.Kit => 'K',
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>
    /// The key a typed or scanned code gives for a record of the kind, the one resolver every form field uses:
    /// (Location, " wl-cr-a-01 "), (Location, "WL-CR-A-01") and (Location, "CR-A-01") all give "CR-A-01". Text
    /// without this kind's prefix is taken as the key itself, trimmed and upper-cased as keys are kept.
    /// </summary>
    public static string KeyOf(OwnCodeKind kind, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var upper = text.Trim().ToUpperInvariant();
        return KindOf(upper) == kind ? KeyAfterPrefix(upper) : upper;
    }

    /// <summary>What follows the "W?-" of a code <see cref="KindOf"/> recognised, upper-cased.</summary>
    internal static string KeyAfterPrefix(string text) => text[3..].ToUpperInvariant();

    internal static OwnCodeKind? KindOf(string text) =>
        text.Length >= 3 && char.ToUpperInvariant(text[0]) == 'W' && text[2] == '-'
            ? char.ToUpperInvariant(text[1]) switch
            {
                'I' => OwnCodeKind.Item,
                'L' => OwnCodeKind.Location,
                'B' => OwnCodeKind.Batch,
                'E' => OwnCodeKind.EquipmentUnit,
                'D' => OwnCodeKind.Dispatch,
                'K' => OwnCodeKind.Kit,
                _ => null,
            }
            : null;

    internal static string? KeyProblem(string key)
    {
        if (key.Length is 0 or > MaxKeyLength)
        {
            return $"A code key has 1 to {MaxKeyLength} characters, this one has {key.Length}.";
        }
        var bad = key.FirstOrDefault(c => !(char.IsAsciiLetterUpper(c) || char.IsAsciiDigit(c) || c is '-' or '_' or '.'));
        return bad == default ? null : $"A code key may only hold A–Z, 0–9, '-', '_' and '.', not '{bad}'.";
    }
}
