namespace Warehouse.Domain.Common;

/// Refusals of suppliers, their agreement reserves (协议储备) and the call-up orders (调用单) drawn from them.
public static partial class Errors
{
    public static DomainError UnknownSupplier(int id) =>
        new("UnknownSupplier", $"There is no supplier #{id}.", id) { Kind = ErrorKind.NotFound };

    public static DomainError UnknownAgreement(int id) =>
        new("UnknownAgreement", $"There is no supplier agreement #{id}.", id) { Kind = ErrorKind.NotFound };

    public static DomainError SupplierCodeTaken(string code) =>
        new("SupplierCodeTaken", $"Supplier code {code} is already used.", code) { Kind = ErrorKind.Conflict };

    public static DomainError AgreementNumberTaken(string number) =>
        new("AgreementNumberTaken", $"Agreement number {number} is already used.", number) { Kind = ErrorKind.Conflict };

    public static DomainError AgreementValidityInvalid() =>
        new("AgreementValidityInvalid", "The agreement's validity must end on or after the day it starts.");

    public static DomainError AgreementResponseHoursInvalid(int limit) =>
        new("AgreementResponseHoursInvalid", $"The response time is a whole number of hours from 1 to {limit}.", limit);

    public static DomainError AgreementLinesInvalid(int limit) =>
        new("AgreementLinesInvalid", $"An agreement guarantees from 1 to {limit} items.", limit);

    public static DomainError AgreementDuplicateItem() =>
        new("AgreementDuplicateItem", "Each item appears once on an agreement.");

    public static DomainError AgreementQuantityInvalid(string quantity) =>
        new("AgreementQuantityInvalid", $"Quantities are whole numbers of at least 1; got {quantity}.", quantity);

    public static DomainError AgreementBelowDrawn(int drawn) =>
        new("AgreementBelowDrawn", $"{drawn} have already been called up under this line: guarantee at least that many.", drawn)
            { Kind = ErrorKind.Conflict };

    public static DomainError AgreementExpired(string number) =>
        new("AgreementExpired", $"Agreement {number} is not valid today: nothing can be called up under it.", number)
            { Kind = ErrorKind.Conflict };

    public static DomainError AgreementNotCovering(string number, int remaining) =>
        new("AgreementNotCovering", $"Agreement {number} has only {remaining} left to call up for this item.", number, remaining)
            { Kind = ErrorKind.Conflict };

    public static DomainError UnknownCallUp(int id) =>
        new("UnknownCallUp", $"There is no call-up order #{id}.", id) { Kind = ErrorKind.NotFound };

    public static DomainError UnknownCallUpCode(string code) =>
        new("UnknownCallUpCode", $"No call-up order awaits delivery with code {code}.", code) { Kind = ErrorKind.NotFound };

    public static DomainError CallUpAlreadyDelivered(string number) =>
        new("CallUpAlreadyDelivered", $"Call-up {number} has already been delivered.", number) { Kind = ErrorKind.Conflict };

    public static DomainError CallUpNotOrdered(string number) =>
        new("CallUpNotOrdered", $"Call-up {number} is not awaiting delivery.", number) { Kind = ErrorKind.Conflict };

    public static DomainError CallUpNotToSite(string number) =>
        new("CallUpNotToSite", $"Call-up {number} is delivered into a depot: receive it there.", number);

    public static DomainError CallUpToSite(string number) =>
        new("CallUpToSite", $"Call-up {number} goes straight to the site: confirm it there with its delivery code.", number);

    public static DomainError CallUpByManager() =>
        new("CallUpByManager", "Only a manager may send a call-up order to the supplier.") { Kind = ErrorKind.Forbidden };
}
