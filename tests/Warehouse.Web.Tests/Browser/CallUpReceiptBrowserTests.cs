using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Warehouse.Data.Allocation;
using Warehouse.Data.Allocation.Steps;
using Warehouse.Data.Auditing;
using Warehouse.Data.Suppliers;
using Warehouse.Domain.Allocation;
using Warehouse.Domain.Constants;

namespace Warehouse.Web.Tests.Browser;

/// A call-up into sub-center SC1 of bottled water (by lot) and megaphones (by serial number), received by the keeper on the
/// order's page in a browser: a duplicated serial number is refused on the page with what was typed kept, then it goes in.
[Collection(BrowserCollection.Name)]
public sealed class CallUpReceiptBrowserTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private static readonly WorkflowActor Manager = new("manager", new HashSet<string> { Roles.Manager }, [], null);

    [BrowserFact]
    public async Task A_keeper_receives_a_call_up_with_its_lot_expiry_and_serial_numbers_on_its_page()
    {
        var id = await CalledUpIntoTheSubCenterAsync();
        var english = await fixture.SignedInPageAsync("keeper", "en");
        await english.GotoAsync($"/CallUps/Details/{id}");
        await Assertions.Expect(english.GetByTestId("receive-form").Locator("h2")).ToHaveTextAsync("Receive into the depot");
        await english.ScreenshotAsync(Shot("call-up-receive-en.png"));

        var keeper = await fixture.SignedInPageAsync("keeper");
        await keeper.GotoAsync($"/CallUps/Details/{id}");
        var water = keeper.Locator("[data-item='SS-0406']");
        await water.Locator("input[name$='.Lot']").FillAsync("W-2612");
        await water.Locator("input[name$='.Expiry']").FillAsync(DateTime.Today.AddYears(1).ToString("yyyy-MM-dd"));
        await keeper.Locator("[data-item='TX-1002'] textarea").FillAsync("MG-5001\nMG-5001");
        await keeper.GetByTestId("receive").ClickAsync();
        await Assertions.Expect(keeper.GetByTestId("receive-problem")).ToContainTextAsync("序列号 MG-5001 重复填写");
        await Assertions.Expect(water.Locator("input[name$='.Lot']")).ToHaveValueAsync("W-2612");
        await keeper.ScreenshotAsync(Shot("call-up-receive-refused.png"));

        await keeper.Locator("[data-item='TX-1002'] textarea").FillAsync("MG-5001\nMG-5002");
        await keeper.GetByTestId("receive").ClickAsync();
        await Assertions.Expect(keeper.GetByTestId("state")).ToContainTextAsync("已送达");
        await keeper.ScreenshotAsync(Shot("call-up-received.png"));
        await keeper.GotoAsync("/Stock?view=detail&depot=SC1&item=SS-0406");
        await Assertions.Expect(keeper.Locator("body")).ToContainTextAsync("W-2612");
    }

    /// A new agreement of the demo's water supplier for water and megaphones, and a transfer to SC1 approved wholly from it.
    private async Task<int> CalledUpIntoTheSubCenterAsync()
    {
        using var scope = fixture.App.Services.CreateScope();
        var services = scope.ServiceProvider;
        await using var db = fixture.App.NewDbContext();
        var items = await db.Items.Where(i => i.Code == "SS-0406" || i.Code == "TX-1002").ToDictionaryAsync(i => i.Code, i => i.Id);
        var supplier = await db.SupplyAgreements.Where(a => a.Number == "XY-2026-002").Select(a => a.SupplierId).SingleAsync();
        var sc1 = await db.Depots.Where(d => d.Code == "SC1").Select(d => d.Id).SingleAsync();
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var agreement = await services.GetRequiredService<SupplierBook>().SaveAgreementAsync(null, new AgreementInput(supplier,
            "XY-BROWSER-RCV", today.AddDays(-1), today.AddDays(100), 6, [(items["SS-0406"], 100), (items["TX-1002"], 10)]),
            new AuditActor("manager", null));
        Assert.True(agreement.Succeeded, agreement.Error?.Message);
        var draft = await services.GetRequiredService<Drafting>().SaveDraftAsync(null, null, new DraftInput("测试：协议入库",
            EmergencyLevel.III, DateTime.UtcNow.AddHours(4), DestinationKind.Depot, sc1, null, null, null, "李明", "13800000000", null,
            [(items["SS-0406"], 12), (items["TX-1002"], 2)]), Manager, null);
        Assert.True(draft.Succeeded, draft.Error?.Message);
        Assert.True((await services.GetRequiredService<RequestTriggers>().FireAsync(draft.Value, 1, RequestTrigger.Submit, null, Manager))
            .Succeeded);
        var version = await db.AllocationRequests.Where(r => r.Id == draft.Value).Select(r => r.Version).SingleAsync();
        var approved = await services.GetRequiredService<Approval>().ApproveAsync(draft.Value, version, [
            new LineDecision(items["SS-0406"], 12, [], [(agreement.Value!.Id, 12)]),
            new LineDecision(items["TX-1002"], 2, [], [(agreement.Value.Id, 2)])], Manager);
        Assert.True(approved.Succeeded, approved.Error?.Message);
        return await db.CallUps.Where(c => c.RequestId == draft.Value).Select(c => c.Id).SingleAsync();
    }

    private static PageScreenshotOptions Shot(string file) =>
        new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, file), FullPage = true };
}
