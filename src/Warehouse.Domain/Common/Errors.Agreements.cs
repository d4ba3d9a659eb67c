namespace Warehouse.Domain.Common;

/// Refusals of changing suppliers and agreements after the fact: stale forms, ending an agreement, cancelling a call-up,
/// receiving one that does not match its order.
public static partial class Errors
{
    public static DomainError SupplierChanged(string code) =>
        new("SupplierChanged", $"Supplier {code} was changed by someone else since you opened it. Reload the page and try again.", code)
            { Kind = ErrorKind.Conflict };

    public static DomainError AgreementChanged(string number) =>
        new("AgreementChanged", $"Agreement {number} was changed by someone else since you opened it. Reload the page and try again.",
            number) { Kind = ErrorKind.Conflict };

    public static DomainError AgreementAlreadyEnded(string number) =>
        new("AgreementAlreadyEnded", $"Agreement {number} has already run out: there is nothing left to end.", number)
            { Kind = ErrorKind.Conflict };

    public static DomainError CallUpCancelReasonRequired() =>
        new("CallUpCancelReasonRequired", "Say why the call-up order is cancelled.");

    public static DomainError CallUpChanged(string number) =>
        new("CallUpChanged", $"Call-up {number} was changed by someone else since you opened it. Reload the page and try again.", number)
            { Kind = ErrorKind.Conflict };

    public static DomainError CallUpItemNotOrdered(string number, string item) =>
        new("CallUpItemNotOrdered", $"{item} is not on call-up {number}: receive only what was called up.", number, item);

    public static DomainError CallUpQuantityMismatch(string item, int ordered, long received) =>
        new("CallUpQuantityMismatch", $"{item}: {ordered} were called up but {received} are being received. Receive the whole line.",
            item, ordered, received);

    public static DomainError CallUpSerialCount(string item, int quantity, int serials) =>
        new("CallUpSerialCount", $"{item} is serial-numbered: {quantity} units need {quantity} serial numbers, {serials} were given.",
            item, quantity, serials);

    public static DomainError CallUpSerialDuplicated(string serial) =>
        new("CallUpSerialDuplicated", $"Serial number {serial} is given twice.", serial);
}
