using System.Text.RegularExpressions;
using Warehouse.Domain.Common;

namespace Warehouse.Domain.Stock;

public static partial class StockRules
{
    /// No single line of emergency supplies is larger than this; a bigger number is a scanning or typing slip.
    public const int MaxLineQuantity = 1_000_000;
    public const int MaxLines = 200;
    public const int MaxNoteLength = 500;

    public static DomainError? CheckQuantity(int quantity) => quantity switch
    {
        <= 0 => Errors.QuantityNotPositive(quantity),
        > MaxLineQuantity => Errors.QuantityTooLarge(quantity, MaxLineQuantity),
        _ => null,
    };

    public static bool IsValidClientId(string? clientId) => clientId is not null && ClientIdPattern().IsMatch(clientId);

    [GeneratedRegex(@"^[A-Za-z0-9\-_]{1,64}$")]
    private static partial Regex ClientIdPattern();
}
