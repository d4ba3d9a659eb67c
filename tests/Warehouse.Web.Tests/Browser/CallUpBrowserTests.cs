using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Warehouse.Data.Allocation;
using Warehouse.Data.Allocation.Steps;
using Warehouse.Domain.Allocation;
using Warehouse.Domain.Constants;

namespace Warehouse.Web.Tests.Browser;

/// The demo's agreement reserves in a browser: the agreement page in both languages, a line of an approved request called
/// up from the tent agreement, its order printed with the delivery code, and the code typed at the site.
[Collection(BrowserCollection.Name)]
public sealed class CallUpBrowserTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private static readonly WorkflowActor Manager = new("manager", new HashSet<string> { Roles.Manager }, [], null);

    [BrowserFact]
    public async Task A_tent_line_called_up_from_the_agreement_is_sent_to_the_supplier_and_confirmed_at_the_site_by_its_code()
    {
        var number = await CalledUpAsync();
        var manager = await fixture.SignedInPageAsync("manager");
        await manager.GotoAsync("/Suppliers");
        await Assertions.Expect(manager.Locator("[data-agreement='XY-2025-007'] [data-testid=expired]")).ToHaveTextAsync("已过期");
        await Assertions.Expect(manager.Locator("[data-agreement='XY-2026-001'] [data-item='SS-0401'] [data-testid=remaining]"))
            .ToHaveTextAsync("480");
        await manager.ScreenshotAsync(Shot("agreements.png"));

        await manager.GotoAsync("/CallUps");
        await manager.Locator($"[data-call-up='{number}'] a").First.ClickAsync();
        await manager.GetByTestId("send").ClickAsync();
        var code = (await manager.GetByTestId("short-code").TextContentAsync())!.Trim();
        await manager.ScreenshotAsync(Shot("call-up-order.png"));

        await manager.GotoAsync("/CallUps/Deliver");
        await manager.Locator("#Code").FillAsync(code);
        await manager.GetByTestId("confirm").ClickAsync();
        await manager.GotoAsync("/CallUps");
        await Assertions.Expect(manager.Locator($"[data-call-up='{number}'] [data-testid=timing]")).ToHaveTextAsync("按时");
        await manager.ScreenshotAsync(Shot("call-ups.png"));

        var english = await fixture.SignedInPageAsync("manager", "en");
        await english.GotoAsync("/Suppliers");
        await Assertions.Expect(english.Locator("h1")).ToHaveTextAsync("Agreement reserves");
        await english.ScreenshotAsync(Shot("agreements-en.png"));
        await english.GotoAsync("/CallUps");
        await Assertions.Expect(english.Locator($"[data-call-up='{number}'] [data-testid=timing]")).ToHaveTextAsync("On time");
        await english.ScreenshotAsync(Shot("call-ups-en.png"));
    }

    /// A manager's request for 20 single tents, approved as a call-up of all 20 from the demo's tent agreement.
    private async Task<string> CalledUpAsync()
    {
        using var scope = fixture.App.Services.CreateScope();
        var services = scope.ServiceProvider;
        await using var db = fixture.App.NewDbContext();
        var tent = await db.Items.Where(i => i.Code == "SS-0401").Select(i => i.Id).SingleAsync();
        var agreement = await db.SupplyAgreements.Where(a => a.Number == "XY-2026-001").Select(a => a.Id).SingleAsync();
        var draft = await services.GetRequiredService<Drafting>().SaveDraftAsync(null, null, new DraftInput("测试：协议帐篷",
            EmergencyLevel.III, DateTime.UtcNow.AddHours(2), DestinationKind.Township, null, "青石乡", 30.25, 120.25, "李明",
            "13800000000", null, [(tent, 20)]), Manager, null);
        Assert.True(draft.Succeeded, draft.Error?.Message);
        Assert.True((await services.GetRequiredService<RequestTriggers>().FireAsync(draft.Value, 1, RequestTrigger.Submit, null, Manager))
            .Succeeded);
        var version = await db.AllocationRequests.Where(r => r.Id == draft.Value).Select(r => r.Version).SingleAsync();
        var approved = await services.GetRequiredService<Approval>().ApproveAsync(draft.Value, version,
            [new LineDecision(tent, 20, [], [(agreement, 20)])], Manager);
        Assert.True(approved.Succeeded, approved.Error?.Message);
        return await db.CallUps.Where(c => c.RequestId == draft.Value).Select(c => c.Number).SingleAsync();
    }

    private static PageScreenshotOptions Shot(string file) =>
        new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, file), FullPage = true };
}
