using System.Text.RegularExpressions;
using Warehouse.Domain.Common;

namespace Warehouse.Domain.Stock;

public static partial class StockRules
{
    /// No single line of emergency supplies is larger than this; a bigger number is a scanning or typing slip.
    public const int MaxLineQuantity = 1_000_000;
    /// A document of a whole depot's shelf section, or a long allocation, fits in one; beyond it is a slip or an import's job.
    public const int MaxLines = 500;

    /// A depot's opening balance is one note of everything on its shelves, however many lines that takes.
    public const int MaxOpeningLines = 100_000;
    public const int MaxNoteLength = 500;
    public const int MaxLotLength = 40;
    public const int MaxSupplierLength = 100;
    public const int MaxSerialLength = 30;

    /// A free-text field of a posting: not longer than its column, and free of control characters.
    public static DomainError? CheckText(string field, string? text, int limit, bool multiLine = false) =>
        text is { Length: var length } && length > limit ? Errors.TextTooLong(field, limit) : FreeText.Check(field, text, multiLine);

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
