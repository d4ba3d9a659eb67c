using Warehouse.Domain.Common;
using Warehouse.Domain.Stock;

namespace Warehouse.Web.Features.Api;

/// What can be refused about a posting body without the database: the client id, the line count first, then each
/// line's quantity and text (length and control characters, by the same rules the posting service holds).
public static class PostingShape
{
    public const int MaxCodeLength = 512;
    public const int MaxLocationLength = 40;

    public static DomainError? Check(PostingBody body)
    {
        if (!StockRules.IsValidClientId(body.ClientId))
            return Errors.ClientIdInvalid();
        var lines = body.Lines ?? [];
        if (lines.Count == 0)
            return Errors.NoLines();
        if (lines.Count > StockRules.MaxLines)
            return Errors.TooManyLines(StockRules.MaxLines);
        return StockRules.CheckText("note", body.Note, StockRules.MaxNoteLength, multiLine: true)
            ?? lines.Select(CheckLine).FirstOrDefault(e => e is not null);
    }

    private static DomainError? CheckLine(PostingBodyLine line) =>
        (string.IsNullOrWhiteSpace(line.Code) ? Errors.UnknownCode("") : null)
        ?? StockRules.CheckQuantity(line.Quantity)
        ?? StockRules.CheckText("code", line.Code, MaxCodeLength)
        ?? StockRules.CheckText("batch", line.Batch?.Trim(), StockRules.MaxLotLength)
        ?? StockRules.CheckText("location", line.Location, MaxLocationLength)
        ?? StockRules.CheckText("serial", line.Serial?.Trim(), StockRules.MaxSerialLength)
        ?? StockRules.CheckText("supplier", line.Supplier, StockRules.MaxSupplierLength);
}
