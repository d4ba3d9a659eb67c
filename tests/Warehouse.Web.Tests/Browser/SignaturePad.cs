using Microsoft.Playwright;

namespace Warehouse.Web.Tests.Browser;

/// Signs on a page's signature pad the way a person does with the mouse: press, a zigzag stroke, release.
public static class SignaturePad
{
    public static async Task DrawAsync(IPage page, string role)
    {
        var canvas = page.Locator($"[data-testid=signature-pad-{role}] canvas");
        await canvas.ScrollIntoViewIfNeededAsync();
        var box = await canvas.BoundingBoxAsync() ?? throw new InvalidOperationException($"No {role} signature pad on {page.Url}.");
        var (left, middle, step) = (box.X + 20, box.Y + box.Height / 2, (box.Width - 40) / 8);
        await page.Mouse.MoveAsync(left, middle);
        await page.Mouse.DownAsync();
        for (var i = 1; i <= 8; i++)
            await page.Mouse.MoveAsync(left + i * step, middle + (i % 2 == 0 ? -25 : 25), new() { Steps = 4 });
        await page.Mouse.UpAsync();
    }
}
