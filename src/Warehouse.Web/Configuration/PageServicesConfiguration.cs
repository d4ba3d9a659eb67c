using Warehouse.Web.Features.Admin;
using Warehouse.Web.Features.Allocation.Dispatches;
using Warehouse.Web.Features.Allocation.Requests;
using Warehouse.Web.Features.Catalog;
using Warehouse.Web.Features.Printing;
using Warehouse.Web.Infrastructure;

namespace Warehouse.Web.Configuration;

/// The services that build the pages' models and carry out their forms, so controllers only bind, call and return.
public static class PageServicesConfiguration
{
    public static IServiceCollection AddWarehousePages(this IServiceCollection services)
    {
        services.AddScoped<RequestPages>();
        services.AddScoped<RequestIntakeApi>();
        services.AddScoped<Features.Admin.ApprovalRules.ApprovalRulePages>();
        services.AddScoped<Features.Allocation.Delegations.DelegationPages>();
        services.AddScoped<DispatchPages>();
        services.AddScoped<Features.Allocation.SignLater.SignLaterPages>();
        services.AddScoped<Features.Allocation.TransferTimes.DeliveryClocks>();
        services.AddScoped<Features.Allocation.TransferTimes.TransferTimesReport>();
        services.AddScoped<CatalogStore>();
        services.AddScoped<CatalogQueries>();
        services.AddScoped<StationAdministration>();
        services.AddScoped<Features.Admin.DepartmentKeys.DepartmentKeyAdministration>();
        services.AddScoped<AuditLog>();
        services.AddScoped<PrinterPages>();
        services.AddScoped<ManualPrints>();
        services.AddScoped<PrintJobDesk>();
        services.AddScoped<Features.Stock.DocumentPages>();
        services.AddScoped<CallerPermissions>();
        services.AddScoped<Features.Map.MapQueries>();
        services.AddScoped<Features.Offline.OfflineCatalog>();
        services.AddScoped<Features.Offline.OfflineReplays>();
        services.AddScoped<Features.Allocation.Delivery.QueuedDeliveries>();
        services.AddScoped<Features.Offline.RefusedPostingPages>();
        return services.AddReadinessPages();
    }

    /// Places, standards, fill rates, maintenance, rotation and write-offs.
    private static IServiceCollection AddReadinessPages(this IServiceCollection services)
    {
        services.AddScoped<Features.Readiness.PlaceQueries>();
        services.AddScoped<Features.Readiness.PlaceImport>();
        services.AddScoped<Features.Readiness.StandardQueries>();
        services.AddScoped<Features.Readiness.ReadinessPages>();
        services.AddScoped<Features.Readiness.ReadinessRequests>();
        services.AddScoped<Features.Readiness.ReadinessWorkbook>();
        services.AddScoped<Features.Maintenance.MaintenancePages>();
        services.AddScoped<Features.Maintenance.MaintenancePlanPages>();
        services.AddScoped<Features.WriteOffs.WriteOffPages>();
        services.AddScoped<Features.WriteOffs.WriteOffCommands>();
        services.AddScoped<Warehouse.Data.WriteOffs.IWriteOffSlipQueue, Features.WriteOffs.WriteOffSlipQueue>();
        services.AddScoped<Features.WriteOffs.RotationPages>();
        services.AddScoped<Features.Kits.KitPages>();
        services.AddScoped<Features.Kits.KitScans>();
        services.AddScoped<Features.Suppliers.SupplierPages>();
        services.AddScoped<Features.Suppliers.SupplierCommands>();
        services.AddScoped<Features.Suppliers.CallUpPages>();
        services.AddScoped<Features.Suppliers.CallUpCommands>();
        return services;
    }
}
