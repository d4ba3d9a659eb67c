using SkiaSharp;

namespace Warehouse.Hardware.Barcodes;

/// <summary>
/// A black-and-white image, packed like ESC/POS raster data: each row is <see cref="Stride"/> bytes,
/// the most significant bit is the leftmost pixel and a set bit is black.
/// </summary>
public sealed class MonoBitmap
{
    private readonly byte[] _bits;

    /// <summary>Creates an all-white bitmap.</summary>
    public MonoBitmap(int width, int height)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(width, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(height, 1);
        Width = width;
        Height = height;
        Stride = (width + 7) / 8;
        _bits = new byte[Stride * height];
    }

    /// <summary>Width in pixels (dots).</summary>
    public int Width { get; }

    /// <summary>Height in pixels (dots).</summary>
    public int Height { get; }

    /// <summary>Bytes per row.</summary>
    public int Stride { get; }

    /// <summary>Whether the pixel is black. Pixels outside the bitmap read as white and ignore writes.</summary>
    public bool this[int x, int y]
    {
        get => Contains(x, y) && (_bits[y * Stride + x / 8] & (0x80 >> (x % 8))) != 0;
        set
        {
            if (!Contains(x, y))
            {
                return;
            }
            if (value)
            {
                _bits[y * Stride + x / 8] |= (byte)(0x80 >> (x % 8));
            }
            else
            {
                _bits[y * Stride + x / 8] &= (byte)~(0x80 >> (x % 8));
            }
        }
    }

    /// <summary>The packed rows, top to bottom.</summary>
    public ReadOnlySpan<byte> Bits => _bits;

    /// <summary>Paints a black rectangle (clipped to the bitmap).</summary>
    public void FillRectangle(int x, int y, int width, int height)
    {
        for (var row = Math.Max(y, 0); row < Math.Min(y + height, Height); row++)
        {
            for (var column = Math.Max(x, 0); column < Math.Min(x + width, Width); column++)
            {
                this[column, row] = true;
            }
        }
    }

    /// <summary>Encodes the bitmap as a greyscale PNG (black and white only), written by SkiaSharp.</summary>
    public byte[] ToPng()
    {
        using var pixels = new SKBitmap(new SKImageInfo(Width, Height, SKColorType.Gray8, SKAlphaType.Opaque));
        var grey = new byte[Width * Height];
        for (var y = 0; y < Height; y++)
        {
            for (var x = 0; x < Width; x++)
            {
                grey[y * Width + x] = this[x, y] ? (byte)0 : (byte)255;
            }
        }
        System.Runtime.InteropServices.Marshal.Copy(grey, 0, pixels.GetPixels(), grey.Length);
        using var data = pixels.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }

    private bool Contains(int x, int y) => x >= 0 && y >= 0 && x < Width && y < Height;
}
