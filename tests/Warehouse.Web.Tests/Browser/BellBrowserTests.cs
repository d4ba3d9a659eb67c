using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Warehouse.Web.Features.Allocation;

namespace Warehouse.Web.Tests.Browser;

/// A notice rings the bell of the user it is for on the page they have open, and no one else's.
[Collection(BrowserCollection.Name)]
public sealed class BellBrowserTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [BrowserFact]
    public async Task An_escalation_rings_the_bell_of_its_approver_without_a_reload_and_not_the_requesters()
    {
        var manager = await fixture.SignedInPageAsync("manager");
        var dept = await fixture.SignedInPageAsync("dept", "en");
        foreach (var page in new[] { manager, dept })
        {
            await page.GotoAsync("/Board");
            await Assertions.Expect(page.Locator("html[data-live=up]")).ToHaveCountAsync(1);
            await Assertions.Expect(page.Locator("[data-testid=bell-count]")).ToHaveCountAsync(0);
            await page.EvaluateAsync("window.__stillTheSamePage = true");
        }

        await fixture.App.Services.GetRequiredService<EscalationWorker>().RunOnceAsync(CancellationToken.None);

        await Assertions.Expect(manager.Locator("[data-testid=bell-count]")).ToHaveTextAsync("1");
        Assert.True(await manager.EvaluateAsync<bool>("window.__stillTheSamePage === true"), "the page was reloaded");
        await manager.ClickAsync("[data-testid=bell-toggle]");
        await Assertions.Expect(manager.Locator("[data-testid=bell-item][data-kind=StepEscalated]")).ToContainTextAsync("已超时，已催办升级");
        await manager.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "bell.png") });
        await dept.ClickAsync("[data-testid=bell-toggle]");
        await Assertions.Expect(dept.Locator("[data-testid=bell-count]")).ToHaveCountAsync(0);
        await dept.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "bell-empty-en.png") });

        await manager.ClickAsync("[data-testid=bell-item][data-kind=StepEscalated]");
        await Assertions.Expect(manager.Locator("[data-testid=request-number]")).ToBeVisibleAsync();
        await Assertions.Expect(manager.Locator("[data-testid=bell-count]")).ToHaveCountAsync(0);
    }
}
