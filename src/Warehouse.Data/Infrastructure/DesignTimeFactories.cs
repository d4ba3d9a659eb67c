using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Warehouse.Data.Infrastructure;

/// Lets `dotnet ef migrations add` build each flavour without starting the web app.
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteWarehouseDbContext>
{
    public SqliteWarehouseDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<SqliteWarehouseDbContext>();
        DataServiceCollectionExtensions.ConfigureSqlite(options, "Data Source=design-time.db");
        return new SqliteWarehouseDbContext(options.Options);
    }
}

internal sealed class SqlServerDesignTimeFactory : IDesignTimeDbContextFactory<SqlServerWarehouseDbContext>
{
    public SqlServerWarehouseDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<SqlServerWarehouseDbContext>();
        DataServiceCollectionExtensions.ConfigureSqlServer(options,
            "Server=.;Database=Warehouse;Trusted_Connection=True;TrustServerCertificate=True");
        return new SqlServerWarehouseDbContext(options.Options);
    }
}

internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresWarehouseDbContext>
{
    public PostgresWarehouseDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<PostgresWarehouseDbContext>();
        DataServiceCollectionExtensions.ConfigurePostgres(options, "Host=localhost;Database=warehouse;Username=warehouse");
        return new PostgresWarehouseDbContext(options.Options);
    }
}
