using System.Globalization;
using System.Text.RegularExpressions;
using SkiaSharp;

namespace Warehouse.Web.Tests.Browser;

/// A phone photo of a code shown as SVG on a page: the code printed on a sheet, photographed a few degrees askew,
/// slightly out of focus, lit from one side, and saved as a JPEG of quality 70 — as a camera app would send it.
internal static partial class CameraPhoto
{
    public static byte[] OfSvg(string svg, float degrees = 4, float blur = 1.4f, int quality = 70)
    {
        using var code = Raster(svg, scale: 6);
        using var photo = new SKBitmap(new SKImageInfo(code.Width + 360, code.Height + 300, SKColorType.Rgba8888, SKAlphaType.Premul));
        using (var canvas = new SKCanvas(photo))
        {
            canvas.Clear(new SKColor(120, 110, 95)); // the desk
            canvas.Translate(photo.Width / 2f, photo.Height / 2f);
            canvas.RotateDegrees(degrees);
            canvas.Translate(-code.Width / 2f, -code.Height / 2f);
            using var paper = new SKPaint { Color = new SKColor(245, 243, 236) };
            canvas.DrawRect(-60, -60, code.Width + 120, code.Height + 120, paper);
            using var focus = new SKPaint { ImageFilter = SKImageFilter.CreateBlur(blur, blur), IsAntialias = true };
            canvas.DrawBitmap(code, 0, 0, focus);
            canvas.ResetMatrix();
            // Light from the upper left, falling off towards the lower right.
            using var light = new SKPaint
            {
                Shader = SKShader.CreateLinearGradient(new SKPoint(0, 0), new SKPoint(photo.Width, photo.Height),
                    [new SKColor(255, 255, 255, 40), new SKColor(0, 0, 0, 110)], SKShaderTileMode.Clamp),
            };
            canvas.DrawRect(0, 0, photo.Width, photo.Height, light);
        }
        using var image = SKImage.FromBitmap(photo);
        using var jpeg = image.Encode(SKEncodedImageFormat.Jpeg, quality);
        return jpeg.ToArray();
    }

    // The SVG's "M x,y h w v h h-w z" runs, black on white, each user unit drawn as scale × scale pixels.
    private static SKBitmap Raster(string svg, int scale)
    {
        var size = SizePattern().Match(svg);
        var (width, height) = (Number(size.Groups[1]), Number(size.Groups[2]));
        var bitmap = new SKBitmap(width * scale, height * scale);
        using var canvas = new SKCanvas(bitmap);
        canvas.Clear(SKColors.White);
        using var ink = new SKPaint { Color = new SKColor(25, 25, 30) };
        foreach (Match run in RunPattern().Matches(svg))
            canvas.DrawRect(Number(run.Groups[1]) * scale, Number(run.Groups[2]) * scale, Number(run.Groups[3]) * scale,
                Number(run.Groups[4]) * scale, ink);
        return bitmap;
    }

    private static int Number(Group group) => int.Parse(group.Value, CultureInfo.InvariantCulture);

    [GeneratedRegex("""<svg[^>]* width="(\d+)" height="(\d+)" """)]
    private static partial Regex SizePattern();

    [GeneratedRegex(@"M(\d+),(\d+)h(\d+)v(\d+)h-\d+z")]
    private static partial Regex RunPattern();
}
