namespace Warehouse.Domain.Common;

/// Refusals of the signatures given at hand-over: the driver's when the goods leave, the receiver's when they arrive.
public static partial class Errors
{
    public static DomainError SignatureMissing() =>
        new("SignatureMissing", "The signature is empty: sign in the box with a finger or the mouse.");

    public static DomainError SignerNameMissing() =>
        new("SignerNameMissing", "Enter the name of the person who signs.");

    public static DomainError SignatureTooLarge(int limitKb) =>
        new("SignatureTooLarge", $"The signature image is larger than {limitKb} KB: clear it and sign again.", limitKb);

    public static DomainError SignatureNotPng() =>
        new("SignatureNotPng", "The signature is not a PNG image drawn on the signature pad.");

    public static DomainError SignaturePositionInvalid() =>
        new("SignaturePositionInvalid",
            "The position is not valid: latitude from -90 to 90, longitude from -180 to 180, accuracy from 0 to 100000 m, "
            + "latitude and longitude both or neither.");

    public static DomainError AlreadySigned(string dispatch) =>
        new("AlreadySigned", $"Dispatch {dispatch} is already signed for at this hand-over: a signature is never replaced.", dispatch)
            { Kind = ErrorKind.Conflict };

    public static DomainError SignatureBeforeDispatch(string dispatch) =>
        new("SignatureBeforeDispatch", $"Dispatch {dispatch} has not been dispatched yet: there is no hand-over to sign.", dispatch)
            { Kind = ErrorKind.Conflict };

    public static DomainError DeliveryNotConfirmed(string dispatch) =>
        new("DeliveryNotConfirmed", $"Dispatch {dispatch} has not been delivered yet: its delivery receipt prints once it is confirmed.",
            dispatch) { Kind = ErrorKind.Conflict };
}
