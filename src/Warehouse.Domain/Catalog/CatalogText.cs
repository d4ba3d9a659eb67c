using System.Text.RegularExpressions;
using Warehouse.Domain.Common;

namespace Warehouse.Domain.Catalog;

/// Checks shared by every catalog record: codes are short upper-case tokens that fit a barcode,
/// names are required and bounded.
public static partial class CatalogCodes
{
    public const int MaxLength = 30;

    public static string Normalize(string? code, string field)
    {
        var value = (code ?? "").Trim().ToUpperInvariant();
        if (!Pattern().IsMatch(value))
            throw new DomainException(Errors.CodeInvalid(field, MaxLength));
        return value;
    }

    public static bool IsValid(string? code) => code is not null && Pattern().IsMatch(code.Trim().ToUpperInvariant());

    [GeneratedRegex(@"^[A-Z0-9][A-Z0-9\-_.]{0,29}$")]
    private static partial Regex Pattern();
}

public static class CatalogText
{
    public static string Required(string? text, string field, int maxLength)
    {
        var value = (text ?? "").Trim();
        if (value.Length == 0)
            throw new DomainException(Errors.Required(field));
        if (value.Length > maxLength)
            throw new DomainException(Errors.TextTooLong(field, maxLength));
        return value;
    }

    public static string? Optional(string? text, string field, int maxLength)
    {
        var value = text?.Trim();
        if (string.IsNullOrEmpty(value))
            return null;
        if (value.Length > maxLength)
            throw new DomainException(Errors.TextTooLong(field, maxLength));
        return value;
    }
}
