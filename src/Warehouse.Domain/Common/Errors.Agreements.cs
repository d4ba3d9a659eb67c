namespace Warehouse.Domain.Common;

/// Refusals of changing suppliers and agreements after the fact: stale forms, ending an agreement, cancelling a call-up.
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
}
