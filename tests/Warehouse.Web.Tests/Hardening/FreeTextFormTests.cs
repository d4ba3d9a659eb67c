using System.Net;
using Microsoft.EntityFrameworkCore;

namespace Warehouse.Web.Tests.Hardening;

/// Form posts outside the API go through the same free-text rule: control and text-direction characters are refused
/// with a message, and nothing is stored.
public sealed class FreeTextFormTests(WarehouseFactory factory) : IClassFixture<WarehouseFactory>
{
    [Theory]
    [InlineData("防汛\u001b[2J办")]
    [InlineData("防汛\u202e办")]
    [InlineData("防汛\u0007办")]
    public async Task A_catalog_form_with_control_characters_is_refused_and_stores_nothing(string name)
    {
        var admin = await factory.SignedInClientAsync("admin", "en");

        var response = await admin.PostFormAsync("/Departments/Create", "/Departments/Create",
            new() { ["Code"] = "FX-CTRL", ["Name"] = name });

        Assert.NotEqual(HttpStatusCode.Redirect, response.StatusCode);
        Assert.True((int)response.StatusCode < 500, $"answered {response.StatusCode}");
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(html.Contains("control or text-direction characters"), $"{response.StatusCode}: {html[html.IndexOf("<main", StringComparison.Ordinal)..]}");
        await using var db = factory.NewDbContext();
        Assert.False(await db.Departments.AnyAsync(d => d.Code == "FX-CTRL"));
    }

    [Fact]
    public async Task A_form_with_a_nul_character_is_refused_before_binding_and_stores_nothing()
    {
        var admin = await factory.SignedInClientAsync("admin", "en");

        var response = await admin.PostFormAsync("/Departments/Create", "/Departments/Create",
            new() { ["Code"] = "FX-NUL", ["Name"] = "防汛\u0000办" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        await using var db = factory.NewDbContext();
        Assert.False(await db.Departments.AnyAsync(d => d.Code == "FX-NUL"));
    }

    [Fact]
    public async Task The_same_form_with_clean_text_is_saved()
    {
        var admin = await factory.SignedInClientAsync("admin", "en");

        var response = await admin.PostFormAsync("/Departments/Create", "/Departments/Create",
            new() { ["Code"] = "FX-CLEAN", ["Name"] = "防汛办" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var db = factory.NewDbContext();
        Assert.True(await db.Departments.AnyAsync(d => d.Code == "FX-CLEAN"));
    }
}
