using Warehouse.Domain.Common;
using Warehouse.Domain.Stock;

namespace Warehouse.Data.Stock;

/// The checks a posting request passes before anything is read: a usable client id, a reason its kind allows, a
/// sensible number of lines, and texts and quantities within the columns' limits.
internal static class PostingShape
{
    public static DomainError? Check(PostingRequest request, bool settingUp)
    {
        if (!StockRules.IsValidClientId(request.ClientId))
            return Errors.ClientIdInvalid();
        if (!StockReasons.Allows(request.Kind, request.Reason, settingUp))
            return Errors.ReasonNotAllowed(request.Reason.ToString());
        if (PlaceError(request) is { } placeError)
            return placeError;
        if (request.Lines.Count == 0)
            return Errors.NoLines();
        var maxLines = settingUp && request.Reason == StockReason.OpeningBalance ? StockRules.MaxOpeningLines : StockRules.MaxLines;
        if (request.Lines.Count > maxLines)
            return Errors.TooManyLines(maxLines);
        return StockRules.CheckText("note", request.Note, StockRules.MaxNoteLength, multiLine: true)
            ?? request.Lines.Select(CheckLine).FirstOrDefault(e => e is not null);
    }

    /// An issue to a place names it; a return may name the place it came back from; nothing else names one.
    private static DomainError? PlaceError(PostingRequest request) =>
        request.Reason == StockReason.IssueToPlace && request.PlaceId is null ? Errors.PlaceRequired()
        : request.PlaceId is not null && !StockReasons.NamesPlace(request.Kind, request.Reason)
            ? Errors.PlaceNotForReason(request.Reason.ToString())
            : null;

    // The same limits as the columns, so no provider is left to refuse (or silently keep) what is too long.
    private static DomainError? CheckLine(PostingLine line) =>
        StockRules.CheckQuantity(line.Quantity)
        ?? StockRules.CheckText("batch", line.Lot?.Trim(), StockRules.MaxLotLength)
        ?? StockRules.CheckText("supplier", line.Supplier, StockRules.MaxSupplierLength)
        ?? StockRules.CheckText("serial", line.SerialNumber?.Trim(), StockRules.MaxSerialLength);
}
