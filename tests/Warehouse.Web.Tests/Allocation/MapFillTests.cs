using System.Collections.Concurrent;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Warehouse.Data.Readiness;
using Warehouse.Domain.Catalog;
using Warehouse.Domain.Readiness;

namespace Warehouse.Web.Tests.Allocation;

/// Townships and villages on the emergency map carry their standard fill rate, the readiness page's figure, with the band
/// their colour comes from; the page has its legend; the rates are read in a fixed number of queries however many places.
public sealed class MapFillTests(WarehouseFactory factory) : IClassFixture<WarehouseFactory>
{
    [Fact]
    public async Task Every_place_on_the_map_carries_the_readiness_pages_fill_rate_and_its_band()
    {
        var data = await (await factory.SignedInClientAsync("dept")).GetFromJsonAsync<JsonElement>("/Map/Data");

        using var scope = factory.Services.CreateScope();
        var report = await scope.ServiceProvider.GetRequiredService<FillRates>().BuildAsync(CancellationToken.None);
        var expected = report.Standards.SelectMany(s => s.Townships.Concat(s.Villages)).GroupBy(p => p.Code)
            .ToDictionary(g => g.Key, g => FillRate.Sum(g.Select(p => p.Total)));
        var places = data.GetProperty("places").EnumerateArray().ToList();
        Assert.Contains(places, p => p.GetProperty("fill").ValueKind == JsonValueKind.Object);
        foreach (var place in places)
        {
            var fill = place.GetProperty("fill");
            if (!expected.TryGetValue(place.GetProperty("code").GetString()!, out var rate))
            {
                Assert.Equal(JsonValueKind.Null, fill.ValueKind);
                continue;
            }
            Assert.Equal(rate.Rate, fill.GetProperty("rate").GetDouble(), 3);
            Assert.Equal((rate.Required, rate.Covered), (fill.GetProperty("required").GetInt32(), fill.GetProperty("held").GetInt32()));
            Assert.Equal(rate.Rate >= 1 ? "full" : rate.Rate >= 0.6 ? "partial" : "low", fill.GetProperty("band").GetString());
        }
    }

    [Theory]
    [InlineData("zh-CN", "标准配备率", "配齐（100%）")]
    [InlineData("en-US", "Standard fill rate", "Short (under 60%)")]
    public async Task The_map_page_has_a_legend_of_the_fill_rate_bands(string language, string title, string band)
    {
        var page = await (await factory.SignedInClientAsync("manager", language)).GetStringAsync("/Map");

        Assert.Contains("data-testid=\"fill-legend\"", page);
        Assert.Contains(title, page);
        Assert.Contains(band, page);
    }

    [Fact]
    public async Task The_fill_rates_are_read_in_the_same_number_of_queries_however_many_places_there_are()
    {
        var commands = new ConcurrentQueue<string>();
        using var counted = factory.WithWebHostBuilder(b => b
            .UseSetting("Logging:LogLevel:Microsoft.EntityFrameworkCore.Database.Command", "Information")
            .ConfigureLogging(l => l.AddProvider(new CommandLog(commands))));
        var client = await SignInAsync(counted.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = true }));
        // The logged text quotes the SQL as a string, so table names are matched without their quotes.
        int PlaceQueries() => commands.Count(c => c.Contains("Place", StringComparison.Ordinal));

        commands.Clear();
        await client.GetFromJsonAsync<JsonElement>("/Map/Data");
        var before = PlaceQueries();
        Assert.True(before > 0, $"{commands.Count} commands logged, none reading places");
        await using (var db = factory.NewDbContext())
        {
            var township = await db.Places.FirstAsync(p => p.Kind == PlaceKind.Township);
            for (var i = 0; i < 12; i++)
            {
                var village = new Place($"MAPFILL{i:00}", $"测试村{i}", PlaceKind.Village, township);
                village.Describe($"测试村{i}", 2, 40, null, new GeoPoint(30.1 + i / 100.0, 120.1));
                db.Places.Add(village);
            }
            await db.SaveChangesAsync();
        }
        commands.Clear();
        var after = await client.GetFromJsonAsync<JsonElement>("/Map/Data");

        Assert.Equal(before, PlaceQueries());
        Assert.Contains(after.GetProperty("places").EnumerateArray(), p => p.GetProperty("code").GetString() == "MAPFILL11");
    }

    private static async Task<HttpClient> SignInAsync(HttpClient client)
    {
        var response = await client.PostFormAsync("/Account/Login", "/Account/Login",
            new() { ["UserName"] = "manager", ["Password"] = WarehouseFactory.Password });
        Assert.Equal(System.Net.HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    private sealed class CommandLog(ConcurrentQueue<string> commands) : ILoggerProvider, ILogger
    {
        public ILogger CreateLogger(string categoryName) => this;

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception,
            Func<TState, Exception?, string> formatter)
        {
            // Serilog forwards the events without their names: EF's command log is known by its text.
            var message = formatter(state, exception);
            if (message.StartsWith("Executed DbCommand", StringComparison.Ordinal))
                commands.Enqueue(message);
        }

        public void Dispose() { }
    }
}
