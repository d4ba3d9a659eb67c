using Warehouse.Data.Identity;

namespace Warehouse.Web.Configuration;

/// The named policies pages and API calls are put under.
public static class AuthorizationConfiguration
{
    public static IServiceCollection AddWarehouseAuthorization(this IServiceCollection services)
    {
        services.AddAuthorizationBuilder()
            .AddPolicy(Policies.PostStock, p => p.RequireRole(Roles.Keeper, Roles.Administrator))
            .AddPolicy(Policies.EditCatalog, p => p.RequireRole(Roles.Administrator))
            .AddPolicy(Policies.ManagePrinters, p => p.RequireRole(Roles.Administrator))
            .AddPolicy(Policies.ReadAudit, p => p.RequireRole(Roles.Administrator, Roles.Auditor, Roles.Manager))
            .AddPolicy(Policies.VerifyIntegrity, p => p.RequireRole(Roles.Administrator, Roles.Auditor));
        return services;
    }
}

public static class Policies
{
    public const string PostStock = "PostStock";
    public const string EditCatalog = "EditCatalog";
    public const string ReadAudit = "ReadAudit";
    public const string ManagePrinters = "ManagePrinters";
    public const string VerifyIntegrity = "VerifyIntegrity";
}
