using System.Net;
using Microsoft.AspNetCore.Authorization;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using Warehouse.Data.Infrastructure;
using Warehouse.Domain.Constants;
using Warehouse.Web.Features.Operations;

namespace Warehouse.Web.Configuration;

/// Metrics in the Prometheus format at /metrics: the product's own (postings, refusals by code, print failures and
/// queue depth per printer, requests by state and overdue) and ASP.NET Core's (requests, durations, connections).
/// Readable by administrators, or without signing in from the networks in `Metrics:AllowedNetworks` (CIDR, none by
/// default: behind a reverse proxy on the same machine every caller would look local).
public static class TelemetryConfiguration
{
    public static IServiceCollection AddWarehouseTelemetry(this IServiceCollection services)
    {
        services.AddOpenTelemetry().ConfigureResource(resource => resource.AddService("warehouse")).WithMetrics(metrics => metrics
            .AddMeter(WarehouseMeter.Name, "Microsoft.AspNetCore.Hosting", "Microsoft.AspNetCore.Server.Kestrel",
                "Microsoft.AspNetCore.Http.Connections")
            .AddPrometheusExporter());
        services.AddSingleton<OperationsGauges>();
        services.AddHostedService(sp => sp.GetRequiredService<OperationsGauges>());
        services.AddSingleton<IAuthorizationHandler, MetricsReaderHandler>();
        return services;
    }

    public static void MapWarehouseMetrics(this WebApplication app) =>
        app.MapPrometheusScrapingEndpoint("/metrics").RequireAuthorization(Policies.ReadMetrics);

    public static AuthorizationBuilder AddMetricsPolicy(this AuthorizationBuilder authorization) =>
        authorization.AddPolicy(Policies.ReadMetrics, p => p.AddRequirements(new MetricsReader()));
}

/// Administrators, or callers from an allowed network.
public sealed class MetricsReader : IAuthorizationRequirement;

public sealed class MetricsReaderHandler(IConfiguration configuration) : AuthorizationHandler<MetricsReader>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, MetricsReader requirement)
    {
        var address = (context.Resource as HttpContext)?.Connection.RemoteIpAddress;
        if (context.User.IsInRole(Roles.Administrator) || (address is not null && Allowed(address)))
            context.Succeed(requirement);
        return Task.CompletedTask;
    }

    private bool Allowed(IPAddress address)
    {
        var caller = address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address;
        return (configuration.GetSection("Metrics:AllowedNetworks").Get<string[]>() ?? [])
            .Any(n => IPNetwork.TryParse(n, out var network) && network.Contains(caller));
    }
}
