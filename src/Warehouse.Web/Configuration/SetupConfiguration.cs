using Warehouse.Web.Features.Setup;

namespace Warehouse.Web.Configuration;

/// The first-run set-up: its one-time link, the bureau's name as pages show it, and the service that creates the
/// first administrator.
public static class SetupConfiguration
{
    public static IServiceCollection AddFirstRunSetup(this IServiceCollection services)
    {
        services.AddSingleton<SetupInvitation>();
        services.AddSingleton<BureauProfile>();
        services.AddScoped<FirstAdministrator>();
        return services;
    }
}
