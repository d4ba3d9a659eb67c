using System.Buffers.Binary;
using Warehouse.Domain.Common;

namespace Warehouse.Domain.Allocation;

/// A signature drawn on the pad, as the PNG the browser made of it: sent as a <c>data:image/png;base64,</c> URL, kept as
/// its bytes. Only a real PNG within the size limit is taken: its header, its first chunk (IHDR, with a sane size) and
/// its last (IEND) are checked here; whether any ink is on it is for the page that decodes it.
public sealed record SignatureImage
{
    public const int MaxBytes = 200 * 1024;
    public const int MaxSide = 4096;
    private const string Prefix = "data:image/png;base64,";
    private static readonly byte[] Magic = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    private SignatureImage(byte[] png, int width, int height) => (Png, Width, Height) = (png, width, height);

    public byte[] Png { get; }
    public int Width { get; }
    public int Height { get; }

    /// Reads the pad's data URL; an empty one is a missing signature, anything else that is not a PNG is refused.
    public static SignatureImage FromDataUrl(string? dataUrl)
    {
        var text = dataUrl?.Trim() ?? "";
        if (text.Length == 0)
            throw new DomainException(Errors.SignatureMissing());
        if (!text.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase))
            throw new DomainException(Errors.SignatureNotPng());
        if (text.Length - Prefix.Length > (MaxBytes + 2) / 3 * 4)
            throw new DomainException(Errors.SignatureTooLarge(MaxBytes / 1024));
        var bytes = new byte[MaxBytes + 3];
        if (!Convert.TryFromBase64String(text[Prefix.Length..], bytes, out var length))
            throw new DomainException(Errors.SignatureNotPng());
        return FromPng(bytes[..length]);
    }

    /// Checks the bytes of a PNG kept or received as they are.
    public static SignatureImage FromPng(byte[] png)
    {
        if (png.Length > MaxBytes)
            throw new DomainException(Errors.SignatureTooLarge(MaxBytes / 1024));
        if (png.Length < 8 + 25 + 12 || !png.AsSpan(0, 8).SequenceEqual(Magic) || !HasChunk(png, 8, "IHDR", 13)
            || !HasChunk(png, png.Length - 12, "IEND", 0))
            throw new DomainException(Errors.SignatureNotPng());
        var width = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16, 4));
        var height = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20, 4));
        if (width is < 1 or > MaxSide || height is < 1 or > MaxSide)
            throw new DomainException(Errors.SignatureNotPng());
        return new SignatureImage(png, width, height);
    }

    private static bool HasChunk(byte[] png, int at, string type, int length) =>
        BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(at, 4)) == length
        && System.Text.Encoding.ASCII.GetString(png, at + 4, 4) == type;
}
