using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Warehouse.Web.Tests.Agents;

/// The app for a station agent: an empty print queue (the demo's slips removed), short leases and waits so a cut
/// connection shows within a second, and the server's own print worker running, so a test also sees it keep its
/// hands off agent printers. With <c>kestrel</c> the app listens on a real port, for an agent in another client.
public sealed class AgentFactory : WarehouseFactory
{
    public static readonly TimeSpan Lease = TimeSpan.FromSeconds(1);

    public AgentFactory(bool kestrel = false)
    {
        using (var connection = new SqliteConnection($"Data Source={DatabasePath};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "DELETE FROM PrintJobs";
            command.ExecuteNonQuery();
        }
        if (!kestrel)
            return;
        UseKestrel(0);
        StartServer();
        BaseUrl = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses
            .First().Replace("[::]", "127.0.0.1").Replace("0.0.0.0", "127.0.0.1").TrimEnd('/');
    }

    public string BaseUrl { get; } = "";

    public const string StationName = Data.Seeding.DemoSeeder.DemoStationName;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Printing:AllowedAddresses:0", "127.0.0.1:*");
        builder.UseSetting("Printing:PollInterval", "00:00:00.050");
        builder.UseSetting("Printing:RetryDelay", "00:00:00.100");
        builder.UseSetting("Printing:MaxRetryDelay", "00:00:00.300");
        builder.UseSetting("Agents:Lease", Lease.ToString());
        builder.UseSetting("Agents:Wait", "00:00:01");
        builder.UseSetting("Agents:PollInterval", "00:00:00.050");
        // Long enough that a slow test machine never shows the agent as gone between two of its calls.
        builder.UseSetting("Agents:ConnectedWithin", "00:10:00");
    }

    /// Waits (up to a minute) until the condition holds.
    public static async Task WaitUntilAsync(Func<Task<bool>> condition)
    {
        using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while (!await condition())
            await Task.Delay(20, patience.Token);
    }

    /// A signed-in client of the app on its real port (the factory's own clients do not reach Kestrel).
    public async Task<HttpClient> SignedInOverKestrelAsync(string user, string language)
    {
        var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true }) { BaseAddress = new Uri(BaseUrl) };
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);
        var response = await client.PostFormAsync("/Account/Login", "/Account/Login", new() { ["UserName"] = user, ["Password"] = Password });
        Assert.Equal(System.Net.HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    public async Task<int> PrintedCountAsync(string title)
    {
        await using var db = NewDbContext();
        return await db.PrintJobs.CountAsync(j => j.Title == title && j.State == Domain.Printing.PrintJobState.Printed);
    }
}
