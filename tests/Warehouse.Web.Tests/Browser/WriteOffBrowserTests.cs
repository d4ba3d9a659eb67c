using Microsoft.Playwright;

namespace Warehouse.Web.Tests.Browser;

/// The rotation list to a write-off in a browser: the expired batch's write-off button opens the form filled in, the
/// keeper proposes, and another manager approves and sees the issue note it posted.
[Collection(BrowserCollection.Name)]
public sealed class WriteOffBrowserTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [BrowserFact]
    public async Task An_expired_batch_goes_from_the_rotation_list_to_an_approved_write_off()
    {
        var keeper = await fixture.SignedInPageAsync("keeper");
        await keeper.GotoAsync("/Rotation");
        await keeper.ScreenshotAsync(Shot("rotation.png"));
        var expired = keeper.Locator("tr:has(.badge.bg-danger)").First;
        var batch = await expired.GetAttributeAsync("data-batch");
        await expired.Locator("a.btn-danger").ClickAsync();

        await Assertions.Expect(keeper.Locator("#Cause")).ToHaveValueAsync("Expired");
        await Assertions.Expect(keeper.Locator("#Goods")).ToHaveValueAsync(new System.Text.RegularExpressions.Regex($"^{batch} \\d+$"));
        await keeper.Locator("#Note").FillAsync("已过期，外包装破损");
        await keeper.ScreenshotAsync(Shot("write-off-create.png"));
        await keeper.Locator("#write-off-form button[type=submit]").ClickAsync();
        await Assertions.Expect(keeper.Locator("[data-testid=state]")).ToHaveTextAsync("待审批");
        var details = keeper.Url;

        var manager = await fixture.SignedInPageAsync("manager");
        await manager.GotoAsync(details);
        await manager.ScreenshotAsync(Shot("write-off-pending.png"));
        await manager.GetByRole(AriaRole.Button, new() { Name = "批准并出库" }).ClickAsync();

        await Assertions.Expect(manager.Locator("[data-testid=state]")).ToHaveTextAsync("已批准");
        await Assertions.Expect(manager.Locator("a.wh-code[href^='/Stock/Document/']")).ToContainTextAsync("CK");
        await manager.ScreenshotAsync(Shot("write-off-approved.png"));
        var english = await fixture.SignedInPageAsync("manager", "en");
        await english.GotoAsync("/WriteOffs");
        await Assertions.Expect(english.Locator("h1")).ToHaveTextAsync("Write-offs");
        await english.ScreenshotAsync(Shot("write-offs-en.png"));
        // A manager's English menu, bell and sign-out fit one line on a 1400-pixel laptop screen.
        await english.SetViewportSizeAsync(1400, 900);
        var signOut = await english.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).BoundingBoxAsync();
        var firstEntry = await english.Locator("nav.wh-nav .navbar-nav .nav-link").First.BoundingBoxAsync();
        Assert.True(Math.Abs(signOut!.Y - firstEntry!.Y) < firstEntry.Height, $"sign-out at {signOut.Y}, menu at {firstEntry.Y}");
    }

    private static PageScreenshotOptions Shot(string file) =>
        new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, file), FullPage = true };
}
