using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Warehouse.Web.Features.Printing;

namespace Warehouse.Web.Tests.Printing;

/// The app with its default printer at the given address and a fast-polling print queue, starting from an
/// empty queue (the seeded demo's slips are removed, so a test sees only the jobs it caused). Without the
/// background worker, the test runs the queue's rounds itself.
public sealed class PrintingFactory : WarehouseFactory
{
    private readonly string _printer;
    private readonly bool _worker;

    public PrintingFactory(string printer, bool worker = true, string provider = Providers.Sqlite) : base(provider)
    {
        _printer = printer;
        _worker = worker;
        ExecuteBeforeStart("""DELETE FROM "PrintJobs" """);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Printing:DefaultPrinter", _printer);
        // The simulator listens on a random local port, outside the default 9100–9109.
        builder.UseSetting("Printing:AllowedAddresses:0", "127.0.0.1:*");
        builder.UseSetting("Printing:PollInterval", "00:00:00.050");
        builder.UseSetting("Printing:RetryDelay", "00:00:00.100");
        builder.UseSetting("Printing:MaxRetryDelay", "00:00:00.300");
        if (!_worker)
            builder.ConfigureTestServices(services => services.Remove(services.Single(s => s.ImplementationType == typeof(PrintWorker))));
    }
}
