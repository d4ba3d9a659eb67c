using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Warehouse.Data;

namespace Warehouse.Web.Tests;

/// The whole app over its real HTTP pipeline, on its own copy of a seeded database (seeded once per test run through
/// the real migrations and seeder, then copied per fixture): a SQLite file, or a PostgreSQL database made from a
/// seeded template database on the tests' PostgreSQL server.
public class WarehouseFactory : WebApplicationFactory<Program>
{
    public const string StationKey = "wh_test_station_key_0123456789abcdef";
    public const string Password = "Warehouse@2026";

    private static readonly Lazy<string> Template = new(CreateTemplate, LazyThreadSafetyMode.ExecutionAndPublication);
    private static readonly Lazy<string> PostgresTemplate = new(CreatePostgresTemplate, LazyThreadSafetyMode.ExecutionAndPublication);
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "warehouse-web-tests", Guid.NewGuid().ToString("N"));

    public WarehouseFactory() : this(Providers.Sqlite)
    {
    }

    protected WarehouseFactory(string provider)
    {
        Provider = provider;
        if (provider == Providers.Postgres)
        {
            DatabasePath = "";
            ConnectionString = PostgresServer.CreateDatabase(template: PostgresTemplate.Value);
            return;
        }
        Directory.CreateDirectory(_folder);
        DatabasePath = Path.Combine(_folder, "warehouse.db");
        File.Copy(Template.Value, DatabasePath);
        ConnectionString = $"Data Source={DatabasePath}";
    }

    public string Provider { get; }

    /// A database of its own on the tests' PostgreSQL server, migrated and seeded (a copy of the seeded template).
    public static string SeededPostgresDatabase() => PostgresServer.CreateDatabase(template: PostgresTemplate.Value);

    /// The SQLite file; empty on PostgreSQL.
    public string DatabasePath { get; }

    public string ConnectionString { get; }

    protected override void ConfigureWebHost(IWebHostBuilder builder) => Configure(builder, Provider, ConnectionString);

    /// Runs a statement on this factory's database before the app starts (the app's own context comes with it).
    protected void ExecuteBeforeStart(string sql)
    {
        using DbConnection connection = Provider == Providers.Postgres
            ? new NpgsqlConnection(ConnectionString)
            : new SqliteConnection($"{ConnectionString};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static void Configure(IWebHostBuilder builder, string provider, string connectionString)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Database:Provider", provider == Providers.Postgres ? "PostgreSQL" : "Sqlite");
        builder.UseSetting("ConnectionStrings:Warehouse", connectionString);
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
        if (Provider == Providers.Postgres)
        {
            PostgresServer.DropDatabase(ConnectionString);
            return;
        }
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
        using (var seeding = new TemplateFactory(Providers.Sqlite, $"Data Source={path}"))
        {
            using var scope = seeding.Services.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<WarehouseDbContext>();
            db.Database.ExecuteSqlRaw("PRAGMA wal_checkpoint(TRUNCATE);");
        }
        SqliteConnection.ClearAllPools();
        return path;
    }

    private static string CreatePostgresTemplate()
    {
        var connectionString = PostgresServer.CreateDatabase();
        using (var seeding = new TemplateFactory(Providers.Postgres, connectionString))
            _ = seeding.Services;
        // A template database copies only while nobody is connected to it.
        NpgsqlConnection.ClearAllPools();
        return new NpgsqlConnectionStringBuilder(connectionString).Database!;
    }

    private sealed class TemplateFactory(string provider, string connectionString) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder) => Configure(builder, provider, connectionString);
    }
}

/// The same app on PostgreSQL.
public sealed class PostgresWarehouseFactory() : WarehouseFactory(Providers.Postgres);

/// The same app on a real Kestrel port, for the browser (and for callers with a real address), with any extra settings.
public sealed class KestrelWarehouseFactory : WarehouseFactory
{
    private readonly (string Key, string Value)[] _settings;

    public KestrelWarehouseFactory(params (string Key, string Value)[] settings)
    {
        _settings = settings;
        UseKestrel(0);
        StartServer();
        BaseUrl = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses
            .First().Replace("[::]", "127.0.0.1").Replace("0.0.0.0", "127.0.0.1").TrimEnd('/');
    }

    public string BaseUrl { get; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        foreach (var (key, value) in _settings)
            builder.UseSetting(key, value);
    }
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
