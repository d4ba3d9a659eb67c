using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Warehouse.Data;

namespace Warehouse.Web.Tests;

/// The whole app over its real HTTP pipeline, on its own copy of a seeded SQLite database
/// (seeded once per test run through the real migrations and seeder, then copied per fixture).
public class WarehouseFactory : WebApplicationFactory<Program>
{
    public const string StationKey = "wh_test_station_key_0123456789abcdef";
    public const string Password = "Warehouse@2026";

    private static readonly Lazy<string> Template = new(CreateTemplate, LazyThreadSafetyMode.ExecutionAndPublication);
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "warehouse-web-tests", Guid.NewGuid().ToString("N"));

    public WarehouseFactory()
    {
        Directory.CreateDirectory(_folder);
        DatabasePath = Path.Combine(_folder, "warehouse.db");
        File.Copy(Template.Value, DatabasePath);
    }

    public string DatabasePath { get; }

    protected override void ConfigureWebHost(IWebHostBuilder builder) => Configure(builder, DatabasePath);

    private static void Configure(IWebHostBuilder builder, string databasePath)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:Warehouse", $"Data Source={databasePath}");
        builder.UseSetting("Demo:Seed", "true");
        builder.UseSetting("Demo:StationKey", StationKey);
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        // The rest of the suite signs in with a password only, many times from one (test) address; the identity tests
        // turn both protections back on where they prove them.
        builder.UseSetting("Security:RequireMfa", "false");
        builder.UseSetting("Security:LoginAttemptsPerMinute", "100000");
    }

    public WarehouseDbContext NewDbContext() => Services.CreateScope().ServiceProvider.GetRequiredService<WarehouseDbContext>();

    public HttpClient StationClient()
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Add("X-Station-Key", StationKey);
        return client;
    }

    public async Task<HttpClient> SignedInClientAsync(string user, string? language = null)
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        if (language is not null)
            client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);
        var response = await client.PostFormAsync("/Account/Login", "/Account/Login", new() { ["UserName"] = user, ["Password"] = Password });
        if (response.StatusCode != HttpStatusCode.Redirect)
            throw new InvalidOperationException($"Login of {user} failed: {response.StatusCode}");
        return client;
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private static string CreateTemplate()
    {
        var folder = Path.Combine(Path.GetTempPath(), "warehouse-web-tests", "template-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, "warehouse.db");
        using (var seeding = new TemplateFactory(path))
        {
            using var scope = seeding.Services.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<WarehouseDbContext>();
            db.Database.ExecuteSqlRaw("PRAGMA wal_checkpoint(TRUNCATE);");
        }
        SqliteConnection.ClearAllPools();
        return path;
    }

    private sealed class TemplateFactory(string path) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder) => Configure(builder, path);
    }
}

/// The same app on a real Kestrel port, for the browser.
public sealed class KestrelWarehouseFactory : WarehouseFactory
{
    public KestrelWarehouseFactory()
    {
        UseKestrel(0);
        StartServer();
        BaseUrl = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses
            .First().Replace("[::]", "127.0.0.1").Replace("0.0.0.0", "127.0.0.1").TrimEnd('/');
    }

    public string BaseUrl { get; }
}

public static partial class HttpClientForms
{
    /// Reads the antiforgery token from a page's form, as a browser would have it.
    public static async Task<string> AntiforgeryTokenAsync(this HttpClient client, string page)
    {
        var html = await client.GetStringAsync(page);
        var match = TokenPattern().Match(html);
        if (!match.Success)
            throw new InvalidOperationException($"No antiforgery token on {page}.");
        return WebUtility.HtmlDecode(match.Groups[1].Value);
    }

    public static async Task<HttpResponseMessage> PostFormAsync(this HttpClient client, string page, string action, Dictionary<string, string> fields)
    {
        fields["__RequestVerificationToken"] = await client.AntiforgeryTokenAsync(page);
        return await client.PostAsync(action, new FormUrlEncodedContent(fields));
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
