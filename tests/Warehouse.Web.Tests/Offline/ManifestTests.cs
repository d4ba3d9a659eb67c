using System.Buffers.Binary;
using System.Net;
using System.Text.Json;

namespace Warehouse.Web.Tests.Offline;

/// The app installs on a handheld: a manifest in the caller's language (Chinese by default), real PNG icons, and every page
/// pointing at them.
public sealed class ManifestTests(WarehouseFactory factory) : IClassFixture<WarehouseFactory>
{
    [Fact]
    public async Task The_manifest_names_the_app_in_chinese_by_default_with_its_start_page_colour_and_icons()
    {
        var response = await factory.CreateClient().GetAsync("/manifest.webmanifest");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/manifest+json", response.Content.Headers.ContentType?.MediaType);
        var manifest = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("应急物资储备调度", manifest.GetProperty("name").GetString());
        Assert.Equal("应急物资储备库", manifest.GetProperty("short_name").GetString());
        Assert.Equal("/Stock/Issue", manifest.GetProperty("start_url").GetString());
        Assert.Equal("standalone", manifest.GetProperty("display").GetString());
        Assert.Equal("#1f3a5f", manifest.GetProperty("theme_color").GetString());
        var sizes = manifest.GetProperty("icons").EnumerateArray().Select(i => i.GetProperty("sizes").GetString()).ToList();
        Assert.Equal(["192x192", "512x512"], sizes);
    }

    [Fact]
    public async Task The_manifest_speaks_english_to_a_caller_who_asks_for_it()
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en-US");

        var manifest = JsonDocument.Parse(await client.GetStringAsync("/manifest.webmanifest")).RootElement;

        Assert.Equal("Emergency Supplies Reserve", manifest.GetProperty("name").GetString());
    }

    [Theory]
    [InlineData("/icons/icon-192.png", 192)]
    [InlineData("/icons/icon-512.png", 512)]
    public async Task Each_icon_is_a_png_of_the_size_the_manifest_states(string path, int size)
    {
        var bytes = await factory.CreateClient().GetByteArrayAsync(path);

        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], bytes[..4]);
        Assert.Equal(size, BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(16, 4)));
        Assert.Equal(size, BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(20, 4)));
    }

    [Fact]
    public async Task Pages_link_the_manifest_and_carry_the_theme_colour()
    {
        var html = await factory.CreateClient().GetStringAsync("/Account/Login");

        Assert.Contains("<link rel=\"manifest\" href=\"/manifest.webmanifest\" crossorigin=\"use-credentials\" />", html);
        Assert.Contains("<meta name=\"theme-color\" content=\"#1f3a5f\" />", html);
    }

    [Fact]
    public async Task The_service_worker_is_served_from_the_root_so_its_scope_covers_every_handheld_page()
    {
        var response = await factory.CreateClient().GetAsync("/sw.js");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/javascript", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("/Stock/Issue", await response.Content.ReadAsStringAsync());
    }
}
