using Warehouse.Domain.Allocation;
using Warehouse.Domain.Common;

namespace Warehouse.Domain.Tests;

/// What a hand-over signature must be: a real PNG from the pad within 200 KB, and a position in range or none.
public sealed class SignatureRuleTests
{
    private const string Png1x1 = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==";

    private static string Refusal(Action act) => Assert.Throws<DomainException>(act).Error.Code;

    [Fact]
    public void A_png_data_url_from_the_pad_is_taken_with_its_size()
    {
        var image = SignatureImage.FromDataUrl("data:image/png;base64," + Png1x1);

        Assert.Equal((1, 1), (image.Width, image.Height));
        Assert.Equal(Convert.FromBase64String(Png1x1), image.Png);
    }

    [Theory]
    [InlineData(null, "SignatureMissing")]
    [InlineData("  ", "SignatureMissing")]
    [InlineData("iVBORw0KGgo=", "SignatureNotPng")]
    [InlineData("data:image/svg+xml;base64,PHN2Zy8+", "SignatureNotPng")]
    [InlineData("data:image/png;base64,not base64!", "SignatureNotPng")]
    [InlineData("data:image/png;base64,R0lGODlhAQABAAAAACw=", "SignatureNotPng")]
    public void Anything_but_a_png_data_url_is_refused(string? dataUrl, string code) =>
        Assert.Equal(code, Refusal(() => SignatureImage.FromDataUrl(dataUrl)));

    [Fact]
    public void A_png_cut_short_or_over_the_limit_is_refused()
    {
        var png = Convert.FromBase64String(Png1x1);
        var large = new byte[SignatureImage.MaxBytes + 1];
        png.CopyTo(large, 0);

        Assert.Equal("SignatureNotPng", Refusal(() => SignatureImage.FromPng(png[..^12])));
        Assert.Equal("SignatureTooLarge", Refusal(() => SignatureImage.FromPng(large)));
        var largeUrl = "data:image/png;base64," + Convert.ToBase64String(large);
        Assert.Equal("SignatureTooLarge", Refusal(() => SignatureImage.FromDataUrl(largeUrl)));
    }

    [Theory]
    [InlineData("30.2741", "120.1551", "12", 30.2741, 120.1551, 12.0)]
    [InlineData("-90", "180", "", -90.0, 180.0, null)]
    public void A_position_in_range_is_read_in_the_invariant_culture(string lat, string lon, string accuracy, double latitude,
        double longitude, double? metres) =>
        Assert.Equal(new SignedPosition(latitude, longitude, metres), SignedPosition.Parse(lat, lon, accuracy));

    [Fact]
    public void No_position_at_all_is_none() => Assert.Null(SignedPosition.Parse(null, " ", ""));

    [Theory]
    [InlineData("90.1", "0", null)]
    [InlineData("0", "-180.5", null)]
    [InlineData("30,27", "120", null)]
    [InlineData("NaN", "120", null)]
    [InlineData("30", null, null)]
    [InlineData(null, null, "10")]
    [InlineData("30", "120", "-1")]
    [InlineData("30", "120", "100001")]
    public void A_malformed_or_out_of_range_position_is_refused(string? lat, string? lon, string? accuracy) =>
        Assert.Equal("SignaturePositionInvalid", Refusal(() => SignedPosition.Parse(lat, lon, accuracy)));
}
