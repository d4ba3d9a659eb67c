using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Warehouse.Data.Maintenance;
using Warehouse.Domain.Maintenance;

namespace Warehouse.Web.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class MaintenanceBrowserTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [BrowserFact]
    public async Task A_keeper_records_a_check_by_scanning_an_overdue_units_label_and_it_leaves_the_overdue_list()
    {
        var unit = await OverdueSatellitePhoneAsync();
        var english = await fixture.SignedInPageAsync("keeper", "en");
        await english.GotoAsync("/Maintenance");
        await Assertions.Expect(english.Locator("h1")).ToHaveTextAsync("Maintenance");
        await english.ScreenshotAsync(Shot("maintenance-en.png"));
        var page = await fixture.SignedInPageAsync("keeper");
        await page.GotoAsync("/Maintenance");
        await Assertions.Expect(page.Locator($"tr[data-unit='{unit}']")).ToHaveAttributeAsync("data-readiness", "Overdue");
        await page.ScreenshotAsync(Shot("maintenance.png"));

        await page.Locator("#code").PressSequentiallyAsync($"WE-{unit}\n", new() { Delay = 5 });
        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync(unit);
        await page.Locator("#Notes").FillAsync("充电至满格，通话正常");
        await page.ScreenshotAsync(Shot("maintenance-check.png"));
        await page.Locator("#check-form button[type=submit]").ClickAsync();

        await Assertions.Expect(page.Locator(".alert-success")).ToContainTextAsync(unit);
        await Assertions.Expect(page.Locator($"tr[data-unit='{unit}']")).ToHaveCountAsync(0);
    }

    private static PageScreenshotOptions Shot(string file) =>
        new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, file), FullPage = true };

    private async Task<string> OverdueSatellitePhoneAsync()
    {
        using var scope = fixture.App.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<Warehouse.Data.WarehouseDbContext>();
        var central = await db.Depots.Where(d => d.Code == "CR").Select(d => d.Id).SingleAsync();
        var due = await scope.ServiceProvider.GetRequiredService<UnitDueDates>().ListAsync([central], CancellationToken.None);
        return due.First(r => r.ItemCode == "TX-1001" && r.Readiness == UnitReadiness.Overdue).AssetNumber;
    }
}
