using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Warehouse.Data;

namespace Warehouse.Web.Tests.Startup;

/// The app on a database file of the test's choosing, in a given environment with given settings, started the
/// way a process starts (migrations, seed) but only when the test asks for it.
public sealed class StartupApp(string databasePath, string environment, IReadOnlyDictionary<string, string>? settings = null)
    : WebApplicationFactory<Program>
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);

    /// Starts the app and asks for /health; a start that hangs fails the test instead of holding it for ever.
    public async Task<HttpResponseMessage> StartAndCheckHealthAsync() =>
        await Task.Run(() => CreateClient().GetAsync("/health")).WaitAsync(Patience);

    public WarehouseDbContext NewDbContext() => Services.CreateScope().ServiceProvider.GetRequiredService<WarehouseDbContext>();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(environment);
        builder.UseSetting("ConnectionStrings:Warehouse", $"Data Source={databasePath}");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        // Sign-ins here check what a start left behind, not the second factor (the identity tests cover that).
        builder.UseSetting("Security:RequireMfa", "false");
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
            builder.UseSetting(key, value);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        SqliteConnection.ClearAllPools();
    }
}

/// A folder of database files for one test, deleted afterwards.
public sealed class DatabaseFolder : IDisposable
{
    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "warehouse-start-tests", Guid.NewGuid().ToString("N"));

    public DatabaseFolder() => Directory.CreateDirectory(Path);

    public string File(string name) => System.IO.Path.Combine(Path, name);

    /// A copy of the seeded, fully migrated test database.
    public string UpToDate(string name)
    {
        using var factory = new WarehouseFactory();
        var path = File(name);
        System.IO.File.Copy(factory.DatabasePath, path);
        return path;
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}

public static class Sqlite
{
    public static long Scalar(string path, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar());
    }

    public static void Execute(string path, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    public static bool TableExists(string path, string table) =>
        Scalar(path, $"SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = '{table}'") > 0;
}
