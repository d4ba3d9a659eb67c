using SkiaSharp;
using Warehouse.Data.Stock;
using Warehouse.Domain.Common;
using ZXing;
using ZXing.Common;

namespace Warehouse.Web.Features.Api;

/// Reads a bar code from a phone photo (JPEG or PNG) with ZXing.Net: Code 128 (GS1-128 included), QR, Data Matrix
/// (GS1 included), EAN and UPC; tries harder, inverted, and turned a little either way for slanted photos.
public sealed class CodePhotoReader
{
    public const long MaxBytes = 10 * 1024 * 1024;

    // Crafted images can claim huge sizes: the header is checked before any pixels are decoded.
    private const long MaxPixels = 40_000_000;

    // Enough resolution for a bar code that fills part of the frame, and bounded work for a 40-megapixel photo.
    private const int WorkingSide = 1600;

    private static readonly float[] Turns = [0, 10, -10, 20, -20];

    private static readonly BarcodeFormat[] Formats =
    [
        BarcodeFormat.CODE_128, BarcodeFormat.QR_CODE, BarcodeFormat.DATA_MATRIX,
        BarcodeFormat.EAN_13, BarcodeFormat.EAN_8, BarcodeFormat.UPC_A, BarcodeFormat.UPC_E,
    ];

    /// The code's text as a scanner would send it (GS1 with "]C1"/GS separators), or why none could be read.
    public Outcome<string> Read(Stream photo, long length)
    {
        if (length > MaxBytes)
            return Errors.PhotoTooLarge(MaxBytes / 1024 / 1024);
        using var data = SKData.Create(photo);
        using var codec = data is null ? null : SKCodec.Create(data);
        if (codec is null || codec.EncodedFormat is not (SKEncodedImageFormat.Jpeg or SKEncodedImageFormat.Png))
            return Errors.PhotoNotAnImage();
        if ((long)codec.Info.Width * codec.Info.Height > MaxPixels)
            return Errors.PhotoTooLarge(MaxBytes / 1024 / 1024);
        using var bitmap = SKBitmap.Decode(codec);
        if (bitmap is null)
            return Errors.PhotoNotAnImage();
        foreach (var turn in Turns)
        {
            if (Decode(bitmap, turn) is { } text)
                return text;
        }
        return Errors.NoCodeInPhoto();
    }

    private static string? Decode(SKBitmap bitmap, float degrees)
    {
        var scale = Math.Min(1f, (float)WorkingSide / Math.Max(bitmap.Width, bitmap.Height));
        int width = Math.Max(1, (int)(bitmap.Width * scale)), height = Math.Max(1, (int)(bitmap.Height * scale));
        using var grey = new SKBitmap(new SKImageInfo(width, height, SKColorType.Gray8, SKAlphaType.Opaque));
        using (var canvas = new SKCanvas(grey))
        {
            canvas.Clear(SKColors.White);
            canvas.RotateDegrees(degrees, width / 2f, height / 2f);
            canvas.Scale(scale);
            using var paint = new SKPaint();
            canvas.DrawBitmap(bitmap, 0, 0, paint);
        }
        var reader = new BarcodeReaderGeneric
        {
            AutoRotate = true,
            Options = new DecodingOptions { TryHarder = true, TryInverted = true, PossibleFormats = Formats, AssumeGS1 = true },
        };
        return reader.Decode(new RGBLuminanceSource(Rows(grey), width, height, RGBLuminanceSource.BitmapFormat.Gray8))?.Text;
    }

    // Gray8 rows may be padded; ZXing wants them packed.
    private static byte[] Rows(SKBitmap grey)
    {
        var pixels = grey.GetPixelSpan();
        var packed = new byte[grey.Width * grey.Height];
        for (var y = 0; y < grey.Height; y++)
            pixels.Slice(y * grey.RowBytes, grey.Width).CopyTo(packed.AsSpan(y * grey.Width));
        return packed;
    }
}
