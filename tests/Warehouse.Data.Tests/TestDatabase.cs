using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Warehouse.Data;
using Warehouse.Data.Stock;
using Warehouse.Domain.Catalog;
using Warehouse.Domain.Common;

namespace Warehouse.Data.Tests;

/// A real database migrated by the real migrations, deleted afterwards: a SQLite file, or a database of its own on the
/// tests' PostgreSQL server.
public sealed class TestDatabase : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "warehouse-tests", Guid.NewGuid().ToString("N"));

    public TestDatabase(string provider = Providers.Sqlite)
    {
        Provider = provider;
        if (provider == Providers.Postgres)
        {
            ConnectionString = PostgresServer.CreateDatabase();
            using var server = NewContext();
            server.Database.Migrate();
            return;
        }
        Directory.CreateDirectory(_folder);
        ConnectionString = DataServiceCollectionExtensions.SqliteConnectionString($"Data Source={Path.Combine(_folder, "test.db")}", _folder);
        using var db = NewContext();
        db.Database.Migrate();
        db.Database.ExecuteSqlRaw("PRAGMA journal_mode=WAL;");
    }

    public string Provider { get; }

    /// This database when it is on the given provider; otherwise a new one there, and this one deleted.
    public TestDatabase On(string provider)
    {
        if (provider == Provider)
            return this;
        Dispose();
        return new TestDatabase(provider);
    }

    public string ConnectionString { get; }

    public BureauClock Clock { get; set; } = new(TimeProvider.System, BureauClock.FindZone("Asia/Shanghai"));

    public WarehouseDbContext NewContext()
    {
        if (Provider == Providers.Postgres)
        {
            var server = new DbContextOptionsBuilder<PostgresWarehouseDbContext>();
            DataServiceCollectionExtensions.ConfigurePostgres(server, ConnectionString);
            return new PostgresWarehouseDbContext(server.Options);
        }
        var options = new DbContextOptionsBuilder<SqliteWarehouseDbContext>();
        DataServiceCollectionExtensions.ConfigureSqlite(options, ConnectionString);
        return new SqliteWarehouseDbContext(options.Options);
    }

    public StockPostingService Posting(WarehouseDbContext db) => new(db, new NumberSequences(db), Clock);

    public void Dispose()
    {
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
}

/// Small builders for the records a test needs.
public static class Build
{
    public static async Task<Depot> DepotAsync(WarehouseDbContext db, string code = "CR", double lat = 30.2, double lon = 120.2)
    {
        var depot = new Depot(code, $"储备库 {code}", DepotKind.SubCenter, new GeoPoint(lat, lon));
        db.Depots.Add(depot);
        await db.SaveChangesAsync();
        return depot;
    }

    public static async Task<Item> ItemAsync(WarehouseDbContext db, string code = "SH-0001", TrackingMode tracking = TrackingMode.None, string name = "救灾帐篷")
    {
        var item = new Item(code, name, SupplyClass.FoodAndShelter, "顶", tracking);
        db.Items.Add(item);
        await db.SaveChangesAsync();
        return item;
    }

    public static async Task<Location> LocationAsync(WarehouseDbContext db, Depot depot, string bin = "A-01-01")
    {
        var location = new Location(depot, bin);
        db.Locations.Add(location);
        await db.SaveChangesAsync();
        return location;
    }
}
