using System.Net;

namespace Warehouse.Web.Tests.Localization;

/// The framework's own validation messages speak the page's language.
public sealed class ValidationMessageTests(WarehouseFactory factory) : IClassFixture<WarehouseFactory>
{
    [Fact]
    public async Task A_too_long_user_name_is_refused_in_chinese_on_the_chinese_login_page()
    {
        var client = factory.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = true });

        var response = await client.PostFormAsync("/Account/Login", "/Account/Login",
            new() { ["UserName"] = new string('a', 101), ["Password"] = "whatever-it-is" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("用户名最多 100 个字符。", html);
        Assert.DoesNotContain("must be a string or array type", html);
    }

    [Fact]
    public async Task The_same_refusal_reads_in_english_on_the_english_page()
    {
        var client = factory.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = true });
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");

        var response = await client.PostFormAsync("/Account/Login", "/Account/Login",
            new() { ["UserName"] = new string('a', 101), ["Password"] = "whatever-it-is" });

        Assert.Contains("The field User name must be a string or array type with a maximum length of &#x27;100&#x27;.",
            await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_number_field_given_text_is_refused_in_chinese()
    {
        var admin = await factory.SignedInClientAsync("admin");

        var response = await admin.PostFormAsync("/Items/Create", "/Items/Create",
            new() { ["Code"] = "VAL-1", ["Name"] = "测试", ["Unit"] = "个", ["UnitPrice"] = "十二" });

        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("不是有效的", html);
        Assert.DoesNotContain("is not valid for", html);
    }
}
