using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;

namespace Warehouse.Web.Tests.Operations;

/// The rolling log file: one line per request, each with its request id and the caller.
public sealed partial class LogTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "warehouse-logs", Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_folder))
            Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task Every_request_is_logged_to_the_file_with_its_request_id_and_the_signed_in_user()
    {
        await using (var app = new LoggingFactory(Path.Combine(_folder, "warehouse-.log")))
        {
            var keeper = await app.SignedInClientAsync("keeper");
            (await keeper.GetAsync("/Stock")).EnsureSuccessStatusCode();
        }

        var file = Assert.Single(Directory.GetFiles(_folder, "warehouse-*.log"));
        var lines = await ReadSharedAsync(file);
        var stock = Assert.Single(lines, l => l.Contains("GET /Stock ", StringComparison.Ordinal));
        Assert.Matches(RequestId(), stock);
        Assert.Contains(lines, l => l.Contains("POST /Account/Login", StringComparison.Ordinal));
        // Only this app's requests: other hosts in the same process keep their own logs.
        Assert.DoesNotContain(lines, l => l.Contains("/api/", StringComparison.Ordinal));
    }

    private static async Task<string[]> ReadSharedAsync(string file)
    {
        await using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        using var reader = new StreamReader(stream);
        return (await reader.ReadToEndAsync()).Split('\n');
    }

    // After the level, the request id (ASP.NET Core's trace identifier), then the user.
    [GeneratedRegex(@"\[INF\] [0-9A-Z:]{10,} keeper ")]
    private static partial Regex RequestId();

    private sealed class LoggingFactory(string path) : WarehouseFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Logging:File:Path", path);
            builder.UseSetting("Logging:LogLevel:Default", "Information");
        }
    }
}
