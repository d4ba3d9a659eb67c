using Microsoft.AspNetCore.Hosting;
using Microsoft.Data.Sqlite;

namespace Warehouse.Web.Tests.Printing;

/// The app with its default printer at the given address and a fast-polling print queue, starting from an
/// empty queue (the seeded demo's slips are removed, so a test sees only the jobs it caused).
public sealed class PrintingFactory : WarehouseFactory
{
    private readonly string _printer;

    public PrintingFactory(string printer)
    {
        _printer = printer;
        using var connection = new SqliteConnection($"Data Source={DatabasePath};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "DELETE FROM PrintJobs";
        command.ExecuteNonQuery();
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Printing:DefaultPrinter", _printer);
        builder.UseSetting("Printing:PollInterval", "00:00:00.050");
        builder.UseSetting("Printing:RetryDelay", "00:00:00.100");
        builder.UseSetting("Printing:MaxRetryDelay", "00:00:00.300");
    }
}
