namespace Warehouse.Domain.Common;

/// Refusals of scanned codes and of photos of codes.
public static partial class Errors
{
    public static DomainError AmbiguousGs1(string code) =>
        new("AmbiguousGs1", $"The GS1 code '{code}' is ambiguous: a lot or serial runs into the next element without a group separator.",
            code.Replace('\u001D', '␝'));

    public static DomainError PhotoNotAnImage() =>
        new("PhotoNotAnImage", "The upload is not a JPEG or PNG photo.");

    public static DomainError PhotoTooLarge(long megabytes) =>
        new("PhotoTooLarge", $"The photo is larger than {megabytes} MB or 40 megapixels; take it again at a lower resolution.", megabytes)
            { Kind = ErrorKind.TooLarge };

    public static DomainError NoCodeInPhoto() =>
        new("NoCodeInPhoto", "No bar code or QR code was found in the photo; hold the code flat, fill the frame with it and avoid glare.")
            { Kind = ErrorKind.Unprocessable };
}
