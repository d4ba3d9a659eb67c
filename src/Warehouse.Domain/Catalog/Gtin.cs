using Warehouse.Domain.Common;

namespace Warehouse.Domain.Catalog;

/// GTIN-8/12/13/14, kept as the 14-digit form so every scan of the same product matches.
public static class Gtin
{
    public static string? NormalizeOptional(string? text)
    {
        var value = text?.Trim();
        if (string.IsNullOrEmpty(value))
            return null;
        if (value.Length is not (8 or 12 or 13 or 14) || !value.All(char.IsAsciiDigit) || !HasValidCheckDigit(value))
            throw new DomainException(Errors.GtinInvalid(value));
        return value.PadLeft(14, '0');
    }

    public static bool HasValidCheckDigit(string digits)
    {
        var sum = 0;
        for (var i = digits.Length - 2; i >= 0; i--)
        {
            var weight = (digits.Length - 2 - i) % 2 == 0 ? 3 : 1;
            sum += (digits[i] - '0') * weight;
        }
        return (10 - sum % 10) % 10 == digits[^1] - '0';
    }
}
