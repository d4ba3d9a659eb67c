using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace Warehouse.Web.Tests.Browser;

/// GS1 batch labels on the A4 sheet as the keeper prints them: the GS1 Data Matrix beside the GS1-128, both inside the
/// 70 × 37 mm label, in both languages.
[Collection(BrowserCollection.Name)]
public sealed class Gs1LabelSheetTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [BrowserTheory]
    [InlineData("zh-CN")]
    [InlineData("en-US")]
    public async Task GS1_batch_labels_show_both_symbols_inside_their_label(string locale)
    {
        List<int> batches;
        await using (var db = fixture.App.NewDbContext())
            batches = await db.Batches.Where(b => b.Item!.Code == "FH-0004" || b.Item.Code == "SZ-0201").OrderBy(b => b.Id)
                .Select(b => b.Id).Take(4).ToListAsync();
        var page = await fixture.SignedInPageAsync("keeper", locale);

        await page.GotoAsync("/Labels/Sheet?kind=Batch&" + string.Join("&", batches.Select(id => $"ids={id}")));

        var labels = page.Locator(".wh-label");
        await Assertions.Expect(labels).ToHaveCountAsync(batches.Count);
        for (var i = 0; i < batches.Count; i++)
        {
            var label = (await labels.Nth(i).BoundingBoxAsync())!;
            var symbols = labels.Nth(i).Locator("svg");
            await Assertions.Expect(symbols).ToHaveCountAsync(2);
            foreach (var symbol in new[] { (await symbols.Nth(0).BoundingBoxAsync())!, (await symbols.Nth(1).BoundingBoxAsync())! })
            {
                Assert.True(symbol.Width > 20 && symbol.Height > 20, $"a symbol of {symbol.Width} × {symbol.Height}");
                Assert.True(symbol.X >= label.X && symbol.X + symbol.Width <= label.X + label.Width + 0.5
                    && symbol.Y + symbol.Height <= label.Y + label.Height + 0.5, "a symbol runs out of its label");
            }
        }
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, $"label-sheet-gs1-{locale}.png") });
    }
}
