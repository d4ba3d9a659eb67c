using System.Security.Cryptography;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Warehouse.Data.Importing;
using Warehouse.Domain.Common;
using Warehouse.Domain.Importing;
using Warehouse.Web.Features.Admin.Import;
using Warehouse.Web.Tests.Import;

namespace Warehouse.Web.Tests.Browser;

/// The import as an administrator uses it in the browser: opening stock and a new colleague uploaded, previewed,
/// written; the colleague's one-time link opens the set-password page, which takes a password once.
[Collection(BrowserCollection.Name)]
public sealed class ImportPageBrowserTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private static byte[] Workbook() => ImportWorkbooks.Sheets(
        ("期初库存", OpeningStockWorkbooks.Headings,
        [
            OpeningStockWorkbooks.Row("TP1", "A-01-02", "FH-0002", "60"),
            OpeningStockWorkbooks.Row("TP2", "A-01-02", "FH-0004", "24", lot: "BROWSER-LOT", expiry: DateTime.UtcNow.AddYears(2).ToString("yyyy-MM-dd")),
        ]),
        ("用户", ["用户名", "姓名", "角色", "储备库编码", "部门编码"], [["zhou.keeper", "周保管", "仓库保管员", "TP1", ""]]));

    [BrowserFact]
    public async Task An_upload_is_previewed_written_with_its_notes_and_links_and_the_link_sets_a_password_once()
    {
        var page = await fixture.SignedInPageAsync("admin");
        await page.GotoAsync("/Admin/Import");
        await page.SetInputFilesAsync("#file", new FilePayload { Name = "first-day.xlsx", MimeType = "application/octet-stream", Buffer = Workbook() });
        await page.ClickAsync("form[action='/Admin/Import/Upload'] button");
        await Assertions.Expect(page.Locator("[data-import-counts]")).ToContainTextAsync("新增：3", new() { Timeout = 60_000 });
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "import-preview.png"), FullPage = true });

        await page.ClickAsync("form[action^='/Admin/Import/Confirm'] button");

        await Assertions.Expect(page.Locator("[data-import-posted] li")).ToHaveCountAsync(2, new() { Timeout = 60_000 });
        await Assertions.Expect(page.Locator("[data-invitation=zhou\\.keeper]")).ToBeVisibleAsync();
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "import-written.png"), FullPage = true });
        var link = await page.Locator("[data-invitation=zhou\\.keeper] code").InnerTextAsync();
        var stranger = await (await fixture.Browser.NewContextAsync(new() { Locale = "zh-CN" })).NewPageAsync();
        await stranger.GotoAsync(link);
        await Assertions.Expect(stranger.Locator("[data-testid=set-password-user]")).ToHaveTextAsync("zhou.keeper");
        await stranger.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "set-password.png"), FullPage = true });
        await stranger.FillAsync("#Form_New", "Depot#Shelf-2027");
        await stranger.FillAsync("#Form_Confirm", "Depot#Shelf-2027");
        await stranger.ClickAsync("form[action='/Account/SetPassword'] button");
        await stranger.WaitForURLAsync(url => url.Contains("/Account/Login"));
        var used = await stranger.GotoAsync(link);
        Assert.Equal(404, used!.Status);

        await page.ClickAsync("[data-import-posted] a");
        await Assertions.Expect(page.Locator("[data-testid=document-lines] tbody tr")).ToHaveCountAsync(1);
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "import-note.png"), FullPage = true });
    }

    [BrowserFact]
    public async Task A_running_job_moves_its_bar_as_rows_are_worked_through_and_the_page_shows_the_outcome_when_it_ends()
    {
        // The job is held in its reading stage by the test, which stands in for the reader: a real job's stages can end
        // before the page is drawn, and the bar must be seen moving, not only drawn.
        var board = fixture.App.Services.GetRequiredService<ImportProgressBoard>();
        await using var scope = fixture.App.Services.CreateAsyncScope();
        var store = scope.ServiceProvider.GetRequiredService<ImportJobStore>();
        var key = Convert.ToHexString(RandomNumberGenerator.GetBytes(16)).ToLowerInvariant();
        var job = await store.AddAsync(new ImportJob(key, "held.xlsx", [], "admin", "zh-CN", DateTime.UtcNow), CancellationToken.None);
        Assert.True(await store.MoveAsync(job.Id, [ImportStage.Queued], ImportStage.Previewing, CancellationToken.None));
        var progress = board.Begin(job.Id, CancellationToken.None);
        try
        {
            progress.Expect(4000);
            progress.Advance(1000);
            var page = await fixture.SignedInPageAsync("admin");
            await page.GotoAsync($"/Admin/Import/Job/{key}");
            var bar = page.Locator("[data-import-stage=Previewing] progress[data-import-bar]");
            await Assertions.Expect(bar).ToHaveAttributeAsync("value", "1000");
            await Assertions.Expect(bar).ToHaveAttributeAsync("max", "4000");
            progress.Advance(2500);
            await Assertions.Expect(page.Locator("[data-import-rows]")).ToContainTextAsync("3500", new() { Timeout = 15_000 });
            Assert.Equal(3500, await bar.EvaluateAsync<int>("b => b.value"));
            await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "import-progress.png"), FullPage = true });

            await store.FailAsync(job.Id, Errors.ImportJobFailed().Code, CancellationToken.None);
            board.End(job.Id);
            await Assertions.Expect(page.Locator("[data-import-failure]")).ToBeVisibleAsync(new() { Timeout = 15_000 });
            await Assertions.Expect(page.Locator("progress[data-import-bar]")).ToHaveCountAsync(0);
        }
        finally
        {
            board.End(job.Id);
            await store.FailAsync(job.Id, Errors.ImportJobFailed().Code, CancellationToken.None);
        }
    }

    [BrowserFact]
    public async Task A_long_import_is_read_and_written_in_the_background_and_a_reload_finds_it()
    {
        var rows = Enumerable.Range(1, 4000).Select(i => new[]
            { $"PROGRESS-{i:D5}", $"进度物资 {i}", "照明设备", "个", "", "", "普通", "", "", "1", "否", "" }).ToArray();
        var page = await fixture.SignedInPageAsync("admin");
        await page.GotoAsync("/Admin/Import");
        await page.SetInputFilesAsync("#file",
            new FilePayload { Name = "long.xlsx", MimeType = "application/octet-stream", Buffer = ImportWorkbooks.Build([], rows) });
        await page.ClickAsync("form[action='/Admin/Import/Upload'] button");
        await page.WaitForURLAsync(url => url.Contains("/Admin/Import/Job/"));
        var jobUrl = page.Url;

        await page.ReloadAsync();
        await Assertions.Expect(page.Locator("[data-import-counts]")).ToContainTextAsync("新增：4000", new() { Timeout = 120_000 });
        Assert.Equal(jobUrl, page.Url);
        Assert.Equal("4000", await page.Locator("[data-import-job]").GetAttributeAsync("data-import-rows-total"));
        await page.ClickAsync("form[action^='/Admin/Import/Confirm'] button");
        await Assertions.Expect(page.Locator("[data-import-written]")).ToBeVisibleAsync(new() { Timeout = 120_000 });
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "import-written-long.png"), FullPage = true });

        await page.GotoAsync("/Admin/Import");
        await Assertions.Expect(page.Locator("[data-import-latest=Written]")).ToContainTextAsync("long.xlsx");
    }

    [BrowserFact]
    public async Task The_import_page_and_its_preview_read_in_english()
    {
        var page = await fixture.SignedInPageAsync("admin", "en");
        await page.GotoAsync("/Admin/Import");
        await Assertions.Expect(page.Locator("body")).ToContainTextAsync("Export the stock on hand");
        var file = ImportWorkbooks.Sheets(("Opening stock", ["Depot code", "Location", "Item code", "Quantity"], [["TP1", "A-01-03", "FH-0003", "2.5"]]));
        await page.SetInputFilesAsync("#file", new FilePayload { Name = "stock.xlsx", MimeType = "application/octet-stream", Buffer = file });
        await page.ClickAsync("form[action='/Admin/Import/Upload'] button");
        await Assertions.Expect(page.Locator("tr[data-row-action=Refused]")).ToContainTextAsync("needs a whole number of units",
            new() { Timeout = 60_000 });
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "import-preview-en.png"), FullPage = true });
    }
}
