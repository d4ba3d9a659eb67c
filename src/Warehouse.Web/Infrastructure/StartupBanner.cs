using Microsoft.EntityFrameworkCore;
using Warehouse.Data;
using Warehouse.Data.Seeding;

namespace Warehouse.Web.Infrastructure;

/// What the console shows once the database is ready: where the app listens, and with the demo on, its logins.
internal sealed class StartupBanner(WarehouseDbContext db, IConfiguration configuration, ICollection<string> urls, TextWriter output)
{
    /// The first address the app answers on as a browser would open it, without a trailing slash.
    public string FirstUrl => Urls.First().Split(';')[0].Trim().TrimEnd('/')
        .Replace("://+", "://localhost").Replace("://*", "://localhost")
        .Replace("://0.0.0.0", "://localhost").Replace("://[::]", "://localhost");

    private IEnumerable<string> Urls =>
        urls.Count > 0 ? urls : [configuration["urls"] ?? configuration["ASPNETCORE_URLS"] ?? "http://localhost:5080"];

    // Never the connection string: a server's carries its password.
    private string DatabaseName()
    {
        var connection = db.Database.GetDbConnection();
        if (db.Database.IsSqlite())
            return connection.DataSource;
        var kind = db.Database.IsNpgsql() ? "PostgreSQL" : "SQL Server";
        return $"{kind} {connection.DataSource}/{connection.Database}";
    }

    /// Prints the banner; catalog and report are null when the demo is off, the set-up link null once users exist.
    public async Task PrintAsync(SeedCatalog? catalog, SeedReport? report, string? setupLink = null)
    {
        var lines = new List<string>
        {
            "",
            "Warehouse is ready." + (report?.Seeded == true ? " (a new database was created and seeded with demo data)" : ""),
            $"  Database: {DatabaseName()}",
            $"  Open:     {string.Join(", ", Urls)}",
        };
        if (catalog is not null && report is not null)
            lines.AddRange(DemoLines(catalog, report));
        else if (!await db.Users.AnyAsync())
            lines.Add("  No users yet: run with Demo__Seed=true for the demo data.");
        if (setupLink is not null)
            lines.AddRange(["  First run: create the first administrator (this link works once, until the next start):",
                $"    {setupLink}"]);
        lines.Add("");
        await output.WriteLineAsync(string.Join(Environment.NewLine, lines));
    }

    private static IEnumerable<string> DemoLines(SeedCatalog catalog, SeedReport report)
    {
        yield return "  Demo logins (user / password / role):";
        foreach (var user in catalog.Users)
            yield return $"    {user.UserName,-8} / {user.Password} / {user.Role}";
        yield return string.IsNullOrWhiteSpace(report.StationKey)
            ? "  Demo station key: shown when the demo station is created (set Demo:StationKey before the first start to choose it)."
            : $"  Demo station key (X-Station-Key, {DemoSeeder.DemoStationName}): {report.StationKey}";
    }
}
