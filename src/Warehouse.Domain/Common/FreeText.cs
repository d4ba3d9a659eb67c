namespace Warehouse.Domain.Common;

/// The one rule for text people type or scanners send: no control characters (C0 except tab and line feed in
/// multi-line text, DEL, C1) and no bidirectional overrides or isolates, which make a lot or a name read
/// differently on screen and on paper than it is stored.
public static class FreeText
{
    public static bool IsClean(string? text, bool multiLine = false) =>
        text is null || !text.Any(c => IsRefused(c, multiLine));

    /// The refusal naming the field, or null when the text is clean (or absent).
    public static DomainError? Check(string field, string? text, bool multiLine = false) =>
        IsClean(text, multiLine) ? null : Errors.TextHasControlCharacters(field);

    /// Throws the refusal for the first field that is not clean.
    public static void Require(string field, string? text, bool multiLine = false)
    {
        if (Check(field, text, multiLine) is { } error)
            throw new DomainException(error);
    }

    /// Notes, faults and reasons typed on a form (multi-line): clean, trimmed and within the field's limit; blank is absent.
    public static string? Optional(string field, string? text, int limit)
    {
        Require(field, text, multiLine: true);
        var trimmed = text?.Trim();
        if (trimmed?.Length > limit)
            throw new DomainException(Errors.TextTooLong(field, limit));
        return string.IsNullOrEmpty(trimmed) ? null : trimmed;
    }

    private static bool IsRefused(char c, bool multiLine) => c switch
    {
        '\n' or '\t' => !multiLine,
        '\r' => !multiLine,
        < '\u0020' => true,
        >= '\u007F' and <= '\u009F' => true,
        >= '\u202A' and <= '\u202E' => true,
        >= '\u2066' and <= '\u2069' => true,
        _ => false,
    };
}
