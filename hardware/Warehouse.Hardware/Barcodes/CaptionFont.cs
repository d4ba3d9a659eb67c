using SkiaSharp;

namespace Warehouse.Hardware.Barcodes;

/// <summary>
/// The text under a barcode, drawn by SkiaSharp. ASCII uses the system's default sans-serif face; other text (Chinese)
/// the first installed face that has its characters — a CJK font such as Noto Sans CJK (fonts-noto-cjk) when
/// installed. Without one, each character no installed face can draw is shown as '?' (as on an ASCII-only printer),
/// never as an empty box; <see cref="CanDraw"/> tells beforehand.
/// </summary>
public static class CaptionFont
{
    private static readonly Lazy<SKTypeface> Latin = new(() => SKTypeface.FromFamilyName("DejaVu Sans") ?? SKTypeface.Default);
    private static readonly Lazy<SKTypeface?> Cjk = new(FindCjk);

    /// <summary>Whether a Chinese font is installed, so Chinese captions come out as Chinese.</summary>
    public static bool HasChinese => Cjk.Value is not null;

    /// <summary>Whether every character of <paramref name="text"/> can be drawn as itself.</summary>
    public static bool CanDraw(string text) => Shown(text) == text;

    /// <summary>The width in pixels of <paramref name="text"/> at <paramref name="size"/> pixels.</summary>
    public static int Measure(string text, float size)
    {
        var shown = Shown(text);
        using var font = new SKFont(Face(shown), size);
        return (int)Math.Ceiling(font.MeasureText(shown));
    }

    /// <summary>The height in pixels a line of text takes at <paramref name="size"/> pixels.</summary>
    public static int LineHeight(float size) => (int)Math.Ceiling(size * 1.25);

    /// <summary>Draws <paramref name="text"/> onto the bitmap with its top at <paramref name="top"/>; grey pixels darker than half become black.</summary>
    public static void Draw(MonoBitmap bitmap, string text, int left, int top, float size)
    {
        var shown = Shown(text);
        var width = Math.Max(1, Math.Min(bitmap.Width - Math.Max(0, left), Measure(text, size) + 2));
        var height = LineHeight(size);
        using var canvasBitmap = new SKBitmap(new SKImageInfo(width, height, SKColorType.Gray8, SKAlphaType.Opaque));
        using (var canvas = new SKCanvas(canvasBitmap))
        using (var font = new SKFont(Face(shown), size) { Edging = SKFontEdging.Antialias })
        using (var paint = new SKPaint { Color = SKColors.Black, IsAntialias = true })
        {
            canvas.Clear(SKColors.White);
            canvas.DrawText(shown, 0, -font.Metrics.Ascent, font, paint);
        }
        for (var y = 0; y < height && top + y < bitmap.Height; y++)
        {
            for (var x = 0; x < width && left + x < bitmap.Width; x++)
            {
                if (left + x >= 0 && top + y >= 0 && canvasBitmap.GetPixel(x, y).Red < 128)
                {
                    bitmap[left + x, top + y] = true;
                }
            }
        }
    }

    // SkiaSharp's self-contained Linux build has no fontconfig, so the font files are looked for where
    // fonts-noto-cjk, fonts-wqy-* and Windows put them.
    private static SKTypeface? FindCjk()
    {
        if (SKFontManager.Default.MatchCharacter('中') is { } matched)
        {
            return matched;
        }
        string[] folders = ["/usr/share/fonts", "/usr/local/share/fonts", Environment.GetFolderPath(Environment.SpecialFolder.Fonts)];
        string[] names = ["NotoSansCJK-Regular.ttc", "NotoSansCJKsc-Regular.otf", "NotoSerifCJK-Regular.ttc", "wqy-microhei.ttc", "wqy-zenhei.ttc",
            "msyh.ttc", "simsun.ttc"];
        var files = folders.Where(f => f.Length > 0 && Directory.Exists(f))
            .SelectMany(f => Directory.EnumerateFiles(f, "*.tt?", SearchOption.AllDirectories)
                .Concat(Directory.EnumerateFiles(f, "*.otf", SearchOption.AllDirectories)))
            .Where(path => names.Contains(Path.GetFileName(path), StringComparer.OrdinalIgnoreCase))
            .OrderBy(path => Array.FindIndex(names, n => n.Equals(Path.GetFileName(path), StringComparison.OrdinalIgnoreCase)));
        return files.Select(Simplified).FirstOrDefault(face => face is not null && face.ContainsGlyph('中'));
    }

    // A collection holds Japanese, Korean and Chinese faces; the simplified-Chinese one ("… SC") draws mainland glyph forms.
    private static SKTypeface? Simplified(string path)
    {
        var faces = Enumerable.Range(0, 8).Select(index => SKTypeface.FromFile(path, index)).TakeWhile(face => face is not null).ToList();
        return faces.FirstOrDefault(face => face!.FamilyName.EndsWith(" SC", StringComparison.Ordinal)) ?? faces.FirstOrDefault();
    }

    private static SKTypeface Face(string shown) => shown.All(char.IsAscii) ? Latin.Value : Cjk.Value ?? Latin.Value;

    private static string Shown(string text)
    {
        if (text.All(char.IsAscii))
        {
            return text;
        }
        var face = Cjk.Value ?? Latin.Value;
        return string.Concat(text.EnumerateRunes().Select(r => char.IsAscii((char)Math.Min(r.Value, 0xFFFF)) || face.ContainsGlyph(r.Value)
            ? r.ToString() : "?"));
    }
}
