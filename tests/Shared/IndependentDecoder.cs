using SkiaSharp;
using ZXing;
using ZXing.Common;

namespace Warehouse.Tests.Shared;

/// <summary>
/// What ZXing.Net read from an image: the symbology, the text as a GS1 scanner reports it, and the AIM symbology
/// identifier ZXing.Net gives (e.g. "]d2" for a Data Matrix that opens with FNC1, i.e. GS1 Data Matrix).
/// </summary>
internal sealed record DecodedSymbol(BarcodeFormat Format, string Text, string? Symbology = null);

/// <summary>
/// Reads barcodes with ZXing.Net in-process — a decoder independent of the product's own encoders —
/// from PNG/JPEG bytes (pixels through SkiaSharp, not our PNG code) or from plain luminance rows.
/// FNC1 comes back as GS and a leading FNC1 as "]C1", as GS1 scanners send it.
/// </summary>
internal static class IndependentDecoder
{
    private static readonly BarcodeFormat[] Formats =
    [
        BarcodeFormat.CODE_128, BarcodeFormat.QR_CODE, BarcodeFormat.DATA_MATRIX,
        BarcodeFormat.EAN_13, BarcodeFormat.EAN_8, BarcodeFormat.UPC_A, BarcodeFormat.UPC_E,
    ];

    /// <summary>Decodes an encoded image (PNG, JPEG); null when no symbol is found.</summary>
    public static DecodedSymbol? Decode(byte[] image)
    {
        using var bitmap = SKBitmap.Decode(image) ?? throw new InvalidDataException("Not an image SkiaSharp can read.");
        var luminance = new byte[bitmap.Width * bitmap.Height];
        for (var y = 0; y < bitmap.Height; y++)
        {
            for (var x = 0; x < bitmap.Width; x++)
            {
                var pixel = bitmap.GetPixel(x, y);
                // Transparent pixels count as paper, as on a printed label.
                var alpha = pixel.Alpha / 255.0;
                var grey = (pixel.Red * 299 + pixel.Green * 587 + pixel.Blue * 114) / 1000.0;
                luminance[y * bitmap.Width + x] = (byte)(grey * alpha + 255 * (1 - alpha));
            }
        }
        return Decode(luminance, bitmap.Width, bitmap.Height);
    }

    /// <summary>Decodes 8-bit grey rows (0 black, 255 white); null when no symbol is found.</summary>
    public static DecodedSymbol? Decode(byte[] luminance, int width, int height)
    {
        var reader = new BarcodeReaderGeneric
        {
            AutoRotate = true,
            Options = new DecodingOptions { TryHarder = true, PossibleFormats = Formats, AssumeGS1 = true },
        };
        var result = reader.Decode(new RGBLuminanceSource(luminance, width, height, RGBLuminanceSource.BitmapFormat.Gray8));
        return result is null
            ? null
            : new DecodedSymbol(result.BarcodeFormat, result.Text,
                result.ResultMetadata?.TryGetValue(ResultMetadataType.SYMBOLOGY_IDENTIFIER, out var aim) == true ? aim as string : null);
    }

    /// <summary>Decodes a one-bit picture given as "is this pixel black".</summary>
    public static DecodedSymbol? Decode(int width, int height, Func<int, int, bool> isBlack)
    {
        var luminance = new byte[width * height];
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                luminance[y * width + x] = isBlack(x, y) ? (byte)0 : (byte)255;
            }
        }
        return Decode(luminance, width, height);
    }
}
