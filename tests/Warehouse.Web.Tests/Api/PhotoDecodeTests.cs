using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using SkiaSharp;
using Warehouse.Hardware.Barcodes;

namespace Warehouse.Web.Tests.Api;

/// Phone photos of codes uploaded to POST /api/codes/decode, read with ZXing.Net and looked up like a scan.
public sealed class PhotoDecodeTests(WarehouseFactory factory) : IClassFixture<WarehouseFactory>
{
    [Fact]
    public async Task A_slanted_blurred_unevenly_lit_photo_of_a_QR_label_finds_its_item()
    {
        var photo = CameraLike(BarcodeRenderer.QrPng("WI-FH-0001", options: new BarcodeImageOptions { ModuleSize = 10, ShowText = false }));

        var scan = await DecodeAsync(photo, "label.jpg", HttpStatusCode.OK);

        Assert.Equal("WI-FH-0001", scan.GetProperty("text").GetString());
        Assert.Equal(("item", "FH-0001"), (scan.GetProperty("code").GetProperty("kind").GetString(),
            scan.GetProperty("code").GetProperty("item").GetProperty("code").GetString()));
    }

    [Fact]
    public async Task A_photo_of_a_GS1_128_label_gives_lot_and_expiry_through_the_scan_parser()
    {
        var photo = CameraLike(BarcodeRenderer.Code128Png("(01)06904213001011(17)281231(10)L1", gs1: true,
            new BarcodeImageOptions { ModuleSize = 4, BarHeight = 120 }));

        var scan = await DecodeAsync(photo, "gs1.jpg", HttpStatusCode.OK);

        var scanned = scan.GetProperty("code").GetProperty("scanned");
        Assert.Equal(("L1", "2028-12-31"), (scanned.GetProperty("lot").GetString(), scanned.GetProperty("expiry").GetString()));
    }

    [Theory]
    [InlineData("notes.txt", "not an image at all", HttpStatusCode.BadRequest, "PhotoNotAnImage")]
    [InlineData("blank.png", null, HttpStatusCode.UnprocessableEntity, "NoCodeInPhoto")]
    public async Task Uploads_without_a_readable_code_get_a_problem_with_a_code(string name, string? text, HttpStatusCode status, string code)
    {
        var bytes = text is null ? Blank() : System.Text.Encoding.UTF8.GetBytes(text);

        var problem = await DecodeAsync(bytes, name, status);

        Assert.Equal(code, problem.GetProperty("code").GetString());
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("detail").GetString()));
    }

    [Fact]
    public async Task A_photo_over_10_MB_is_refused_as_too_large()
    {
        var bytes = new byte[10 * 1024 * 1024 + 1];
        Blank().CopyTo(bytes, 0);

        var problem = await DecodeAsync(bytes, "huge.png", HttpStatusCode.RequestEntityTooLarge);

        Assert.Equal("PhotoTooLarge", problem.GetProperty("code").GetString());
    }

    private async Task<JsonElement> DecodeAsync(byte[] photo, string name, HttpStatusCode status)
    {
        using var form = new MultipartFormDataContent();
        form.Add(new ByteArrayContent(photo), "photo", name);
        var response = await factory.StationClient().PostAsync("/api/codes/decode", form);
        Assert.Equal(status, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    /// What a phone makes of a printed label: turned about 10°, slightly out of focus, lit from one side, JPEG.
    private static byte[] CameraLike(byte[] label)
    {
        using var code = SKBitmap.Decode(label);
        var (width, height) = (code.Width + 400, code.Height + 400);
        using var surface = SKSurface.Create(new SKImageInfo(width, height));
        var canvas = surface.Canvas;
        using (var light = new SKPaint())
        {
            light.Shader = SKShader.CreateLinearGradient(new SKPoint(0, 0), new SKPoint(width, height),
                [new SKColor(250, 250, 245), new SKColor(150, 145, 140)], SKShaderTileMode.Clamp);
            canvas.DrawRect(0, 0, width, height, light);
        }
        canvas.RotateDegrees(10, width / 2f, height / 2f);
        using (var ink = new SKPaint())
        {
            ink.ImageFilter = SKImageFilter.CreateBlur(1.5f, 1.5f);
            ink.BlendMode = SKBlendMode.Multiply;
            canvas.DrawBitmap(code, 200, 200, ink);
        }
        using var image = surface.Snapshot();
        return image.Encode(SKEncodedImageFormat.Jpeg, 70).ToArray();
    }

    private static byte[] Blank()
    {
        using var bitmap = new SKBitmap(64, 64);
        bitmap.Erase(SKColors.White);
        return bitmap.Encode(SKEncodedImageFormat.Png, 100).ToArray();
    }
}
