using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Warehouse.Data;

namespace Warehouse.Web.Tests.Setup;

/// The app as a real bureau first starts it: `Demo:Seed=false` on a new, empty database file, with what it logs kept.
public partial class FirstRunFactory : WebApplicationFactory<Program>
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "warehouse-first-run", Guid.NewGuid().ToString("N"));

    public FirstRunFactory()
    {
        Directory.CreateDirectory(_folder);
        DatabasePath = Path.Combine(_folder, "warehouse.db");
    }

    public string DatabasePath { get; }

    /// Every message the app logged, in order.
    public ConcurrentQueue<string> Log { get; } = new();

    protected virtual int LoginAttemptsPerMinute => 100_000;

    /// The set-up link's token, as the log gives it.
    public string SetupToken()
    {
        _ = Services;
        var link = Log.Select(m => LinkPattern().Match(m)).FirstOrDefault(m => m.Success)
            ?? throw new InvalidOperationException("No set-up link was logged.");
        return link.Groups[1].Value;
    }

    public WarehouseDbContext NewDbContext() => Services.CreateScope().ServiceProvider.GetRequiredService<WarehouseDbContext>();

    public HttpClient Browser() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:Warehouse", $"Data Source={DatabasePath}");
        builder.UseSetting("Demo:Seed", "false");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.UseSetting("Security:RequireMfa", "false");
        builder.UseSetting("Security:LoginAttemptsPerMinute", LoginAttemptsPerMinute.ToString());
        builder.ConfigureLogging(logging => logging.AddProvider(new KeptLog(Log)));
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

    [GeneratedRegex(@"/Setup\?token=([A-Za-z0-9_\-]+)")]
    private static partial Regex LinkPattern();

    private sealed class KeptLog(ConcurrentQueue<string> messages) : ILoggerProvider, ILogger
    {
        public ILogger CreateLogger(string categoryName) => this;

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            messages.Enqueue(formatter(state, exception));

        public void Dispose()
        {
        }
    }
}

/// The same first start with a tight per-address limit on the set-up page, as on the login.
public sealed class ThrottledFirstRunFactory : FirstRunFactory
{
    protected override int LoginAttemptsPerMinute => 3;
}
