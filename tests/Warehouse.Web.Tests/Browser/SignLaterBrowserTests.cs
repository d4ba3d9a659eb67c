using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace Warehouse.Web.Tests.Browser;

/// A dispatch that left without the driver's signature: the keeper opens the sign-later page from the request's timeline,
/// the driver signs with the mouse, and the timeline shows the signature marked as given afterwards — in both languages.
[Collection(BrowserCollection.Name)]
public sealed class SignLaterBrowserTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [BrowserFact]
    public async Task The_driver_signs_afterwards_from_the_timeline_and_the_signature_shows_as_signed_later()
    {
        int requestId;
        await using (var db = fixture.App.NewDbContext())
            requestId = await db.AllocationRequests.Where(r => r.Incident == "临江堤防巡查").Select(r => r.Id).SingleAsync();
        var keeper = await fixture.SignedInPageAsync("keeper");
        await keeper.GotoAsync($"/Requests/Details/{requestId}");

        await keeper.ClickAsync("[data-testid=sign-later-driver]");
        await Assertions.Expect(keeper.Locator("#Signer")).ToHaveValueAsync("王建国");
        await SignaturePad.DrawAsync(keeper, "driver");
        await keeper.ScreenshotAsync(Shot("sign-later.png"));
        await keeper.ClickAsync("[data-testid=sign-later]");

        await Assertions.Expect(keeper.Locator("[data-testid=signature-driver]")).ToContainTextAsync("王建国");
        await Assertions.Expect(keeper.Locator("[data-testid=signed-later]")).ToContainTextAsync("事后补签，由 keeper");
        Assert.True(await keeper.Locator("[data-testid=signature-driver] img").EvaluateAsync<bool>("i => i.naturalWidth > 100"));
        await keeper.ScreenshotAsync(Shot("sign-later-timeline.png"));
        var english = await fixture.SignedInPageAsync("keeper", "en");
        await english.GotoAsync(keeper.Url);
        await Assertions.Expect(english.Locator("[data-testid=signed-later]")).ToContainTextAsync("signed afterwards, taken by keeper");
        await english.ScreenshotAsync(Shot("sign-later-timeline-en.png"));
    }

    private static PageScreenshotOptions Shot(string file) =>
        new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, file), FullPage = true };
}
