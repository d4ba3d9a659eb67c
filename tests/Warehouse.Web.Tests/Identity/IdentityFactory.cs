using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.TestHost;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Warehouse.Data.Identity;

namespace Warehouse.Web.Tests.Identity;

/// The app with a clock the test moves, a password hasher that counts its checks, and each request's client address
/// taken from a test-only header (the test server has no address of its own).
public class IdentityFactory : WarehouseFactory
{
    public const string AddressHeader = "X-Test-Remote-Address";

    public TestClock Clock { get; } = new();
    /// How many password hashes the app has checked.
    public System.Runtime.CompilerServices.StrongBox<int> HashChecks { get; } = new(0);
    protected virtual bool RequireMfa => false;
    protected virtual int LoginAttemptsPerMinute => 100_000;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Security:RequireMfa", RequireMfa ? "true" : "false");
        builder.UseSetting("Security:LoginAttemptsPerMinute", LoginAttemptsPerMinute.ToString());
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<TimeProvider>(Clock);
            services.AddSingleton<IStartupFilter, AddressFromHeader>();
            services.AddScoped<IPasswordHasher<WarehouseUser>>(sp =>
                new CountingHasher(sp.GetRequiredService<IOptions<PasswordHasherOptions>>(), HashChecks));
        });
    }

    /// A client that sends every request from the given address and keeps its cookies.
    public HttpClient ClientFrom(string address)
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        client.DefaultRequestHeaders.Add(AddressHeader, address);
        return client;
    }

    public static Task<HttpResponseMessage> LoginAsync(HttpClient client, string user, string password) =>
        client.PostFormAsync("/Account/Login", "/Account/Login", new() { ["UserName"] = user, ["Password"] = password });

    private sealed class AddressFromHeader : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                if (IPAddress.TryParse(context.Request.Headers[AddressHeader], out var address))
                    context.Connection.RemoteIpAddress = address;
                return nextMiddleware(context);
            });
            next(app);
        };
    }
}

/// The same app with two-step sign-in required for approvers and auditors, as in production.
public sealed class MfaFactory : IdentityFactory
{
    protected override bool RequireMfa => true;
}

/// The same app with a tight per-address limit on login posts.
public sealed class ThrottledFactory : IdentityFactory
{
    protected override int LoginAttemptsPerMinute => 3;
}

/// A clock that stands still until the test moves it.
public sealed class TestClock : TimeProvider
{
    private DateTimeOffset _now = DateTimeOffset.UtcNow;

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan by) => _now += by;
}

/// Identity's hasher, counting how often it checks a password.
public sealed class CountingHasher(IOptions<PasswordHasherOptions> options, System.Runtime.CompilerServices.StrongBox<int> checks)
    : PasswordHasher<WarehouseUser>(options)
{
    public override PasswordVerificationResult VerifyHashedPassword(WarehouseUser user, string hashedPassword, string providedPassword)
    {
        Interlocked.Increment(ref checks.Value);
        return base.VerifyHashedPassword(user, hashedPassword, providedPassword);
    }
}
