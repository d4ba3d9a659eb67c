using Microsoft.AspNetCore.SignalR;
using Warehouse.Data.Live;
using Warehouse.Web.Features.Live;
using Warehouse.Web.Features.Notifications;

namespace Warehouse.Web.Configuration;

/// Live pushes over SignalR at <see cref="LiveHub.Path"/>: request changes to the board and request pages, notices to
/// their readers' bells (and by mail when `Notifications:Smtp:Host` is set). With `SignalR:Redis` (a StackExchange.Redis
/// configuration string such as `localhost:6379`) the instances share their pushes through Redis, so a page connected
/// to one instance hears about a change made on another.
public static class LiveConfiguration
{
    public static IServiceCollection AddWarehouseLive(this IServiceCollection services, IConfiguration configuration)
    {
        var signalR = services.AddSignalR();
        if (configuration["SignalR:Redis"] is { Length: > 0 } redis)
            signalR.AddStackExchangeRedis(redis, options =>
                options.Configuration.ChannelPrefix = StackExchange.Redis.RedisChannel.Literal("warehouse"));
        services.AddSingleton<IUserIdProvider, UserNameIds>();
        services.AddSingleton<LiveConnections>();
        services.AddSingleton<IRequestChanges, HubRequestChanges>();
        services.Configure<SmtpOptions>(configuration.GetSection("Notifications:Smtp"));
        services.AddSingleton<NotificationMail>();
        services.AddSingleton<NotificationPush>();
        services.AddSingleton<OverdueDispatchWorker>();
        services.AddHostedService(sp => sp.GetRequiredService<OverdueDispatchWorker>());
        return services;
    }

    /// Maps the hub; the connection gauge is created now, so /metrics shows it at 0 before the first page connects.
    public static void MapWarehouseLive(this WebApplication app)
    {
        app.Services.GetRequiredService<LiveConnections>();
        app.MapHub<LiveHub>(LiveHub.Path);
    }
}
