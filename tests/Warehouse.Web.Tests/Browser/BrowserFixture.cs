using Microsoft.Playwright;

namespace Warehouse.Web.Tests.Browser;

/// Runs only where Chromium is installed; under CI a missing browser is a failure, not a skip.
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        if (!File.Exists(BrowserFixture.ChromiumPath) && Environment.GetEnvironmentVariable("CI") != "true")
            Skip = $"Browser tests skipped: {BrowserFixture.ChromiumPath} not found. Install it with `apt-get install -y chromium fonts-noto-cjk`.";
    }
}

/// A browser test with cases; runs only where Chromium is installed, like <see cref="BrowserFactAttribute"/>.
public sealed class BrowserTheoryAttribute : TheoryAttribute
{
    public BrowserTheoryAttribute()
    {
        if (!File.Exists(BrowserFixture.ChromiumPath) && Environment.GetEnvironmentVariable("CI") != "true")
            Skip = $"Browser tests skipped: {BrowserFixture.ChromiumPath} not found. Install it with `apt-get install -y chromium fonts-noto-cjk`.";
    }
}

/// The app on a real port and one headless Chromium for all the tests of a class.
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private IPlaywright? _playwright;

    public KestrelWarehouseFactory App { get; } = new();
    public IBrowser Browser { get; private set; } = null!;

    public static string ScreenshotFolder { get; } = Path.Combine(AppContext.BaseDirectory, "screenshots");

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            if (Environment.GetEnvironmentVariable("CI") == "true")
                throw new InvalidOperationException($"CI needs {ChromiumPath}: install it with `apt-get install -y chromium fonts-noto-cjk`.");
            return;
        }
        Directory.CreateDirectory(ScreenshotFolder);
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
    }

    public async Task<IPage> SignedInPageAsync(string user, string locale = "zh-CN")
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = App.BaseUrl,
            Locale = locale,
            ExtraHTTPHeaders = new Dictionary<string, string> { ["Accept-Language"] = locale },
            ViewportSize = new ViewportSize { Width = 1400, Height = 900 },
        });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/Account/Login");
        await page.FillAsync("#UserName", user);
        await page.FillAsync("#Password", WarehouseFactory.Password);
        await page.ClickAsync("#sign-in");
        await page.WaitForURLAsync(url => !url.Contains("/Account/Login"));
        return page;
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
            await Browser.DisposeAsync();
        _playwright?.Dispose();
        await App.DisposeAsync();
    }
}

/// Browser tests read keystroke timing (a wedge scan is a fast burst), so they run by themselves after the rest,
/// not beside CPU-heavy tests that would stretch the gaps between keys.
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class BrowserCollection
{
    public const string Name = "Browser";
}
