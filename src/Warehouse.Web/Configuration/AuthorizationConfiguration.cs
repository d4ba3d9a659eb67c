using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Warehouse.Data.Identity;
using Warehouse.Web.Infrastructure;
using Warehouse.Domain.Constants;

namespace Warehouse.Web.Configuration;

/// The named policies pages and API calls are put under. Every endpoint names one (or [Authorize] for "signed in")
/// or is explicitly anonymous; the fallback policy only catches an endpoint someone forgot. On top of the roles,
/// an auditor's account is read-only everywhere.
public static class AuthorizationConfiguration
{
    public static IServiceCollection AddWarehouseAuthorization(this IServiceCollection services)
    {
        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
            .AddPolicy(Policies.PostStock, p => p.RequireRole(Roles.Keeper, Roles.Administrator))
            .AddPolicy(Policies.EditCatalog, p => p.RequireRole(Roles.Administrator))
            .AddPolicy(Policies.ManagePrinters, p => p.RequireRole(Roles.Administrator))
            .AddPolicy(Policies.ManageUsers, p => p.RequireRole(Roles.Administrator))
            .AddPolicy(Policies.ReadAudit, p => p.RequireRole(Roles.Administrator, Roles.Auditor, Roles.Manager))
            .AddPolicy(Policies.RequestSupplies, p => p.RequireRole(Roles.Department, Roles.Manager, Roles.Administrator))
            .AddPolicy(Policies.DecideRequests, p => p.RequireRole(Roles.Approvers))
            .AddPolicy(Policies.ManageApprovalRules, p => p.RequireRole(Roles.Administrator))
            .AddPolicy(Policies.NameDeputies, p => p.RequireRole(Roles.SectionChief, Roles.Director, Roles.DutyLeader, Roles.Manager))
            .AddPolicy(Policies.HandleDispatches, p => p.RequireRole(Roles.Keeper, Roles.Administrator))
            .AddPolicy(Policies.ConfirmDelivery, p => p.RequireRole(Roles.Keeper, Roles.Department, Roles.Manager, Roles.Administrator))
            .AddPolicy(Policies.VerifyIntegrity, p => p.RequireRole(Roles.Administrator, Roles.Auditor))
            .AddPolicy(Policies.PlanCounts, p => p.RequireRole(Roles.Keeper, Roles.Manager, Roles.Administrator))
            .AddPolicy(Policies.CountStock, p => p.RequireRole(Roles.Keeper, Roles.Administrator))
            .AddPolicy(Policies.ApproveCounts, p => p.RequireRole(Roles.Manager, Roles.Administrator))
            .AddPolicy(Policies.ClosePeriods, p => p.RequireRole(Roles.Auditor, Roles.Manager))
            .AddPolicy(Policies.SignOffPeriods, p => p.RequireRole(Roles.Auditor))
            .AddPolicy(Policies.ReadMaintenance, p => p.RequireRole(Roles.Keeper, Roles.Manager, Roles.Administrator, Roles.Auditor))
            .AddPolicy(Policies.MaintainEquipment, p => p.RequireRole(Roles.Keeper, Roles.Administrator))
            .AddPolicy(Policies.WaiveReadiness, p => p.RequireRole(Roles.Manager, Roles.Administrator))
            .AddPolicy(Policies.ManageMaintenancePlans, p => p.RequireRole(Roles.Manager, Roles.Administrator))
            .AddPolicy(Policies.ReadWriteOffs, p => p.RequireRole(Roles.Keeper, Roles.Manager, Roles.Administrator, Roles.Auditor))
            .AddPolicy(Policies.DecideWriteOffs, p => p.RequireRole(Roles.Manager, Roles.Administrator))
            .AddPolicy(Policies.ReadKits, p => p.RequireAuthenticatedUser())
            .AddPolicy(Policies.PackKits, p => p.RequireRole(Roles.Keeper, Roles.Administrator))
            .AddPolicy(Policies.DefineKits, p => p.RequireRole(Roles.Manager, Roles.Administrator))
            .AddPolicy(Policies.ReadSuppliers, p => p.RequireRole(Roles.Manager, Roles.Administrator, Roles.Keeper, Roles.Auditor))
            .AddPolicy(Policies.ManageSuppliers, p => p.RequireRole(Roles.Manager, Roles.Administrator))
            .AddPolicy(Policies.ReadApiReference, p => p.AddAuthenticationSchemes(ApiAuthentication.Scheme).RequireRole(Roles.Administrator))
            .AddPolicy(Policies.ReadApiDocument, p => p.AddAuthenticationSchemes(ApiAuthentication.Scheme).RequireAssertion(c =>
                c.User.IsInRole(Roles.Administrator) || c.User.HasClaim(claim => claim.Type == WarehouseClaims.Station)))
            .AddPolicy(Policies.RunStationAgent, p => p.AddAuthenticationSchemes(ApiAuthentication.Scheme)
                .RequireClaim(WarehouseClaims.Station))
            .AddMetricsPolicy();
        services.Configure<MvcOptions>(options => options.Filters.Add(new AuditorReadsOnlyFilter()));
        return services;
    }
}

public static class Policies
{
    public const string PostStock = "PostStock";
    public const string EditCatalog = "EditCatalog";
    public const string ReadAudit = "ReadAudit";
    public const string ManagePrinters = "ManagePrinters";
    public const string ManageUsers = "ManageUsers";

    /// Create, edit, submit and cancel allocation requests: departments (their own) and managers.
    public const string RequestSupplies = "RequestSupplies";

    /// Approve, reject, ratify, close, re-issue a delivery code: managers and the approval authorities (the workflow
    /// then checks that the step is theirs).
    public const string DecideRequests = "DecideRequests";

    /// Keep the approval rules: administrators.
    public const string ManageApprovalRules = "ManageApprovalRules";

    /// Name a deputy for one's approval steps: the approvers.
    public const string NameDeputies = "NameDeputies";

    /// Emergency release, picking, dispatch and returns: keepers, at their own depots.
    public const string HandleDispatches = "HandleDispatches";

    /// Sign for goods: a keeper of the receiving depot, the requesting department or a manager.
    public const string ConfirmDelivery = "ConfirmDelivery";

    /// Verify the hash chains and see the integrity checks: auditors and administrators.
    public const string VerifyIntegrity = "VerifyIntegrity";

    /// Plan, submit and cancel counts: keepers (their own depots) and managers.
    public const string PlanCounts = "PlanCounts";

    /// Scan the goods of a count: keepers, at their own depots.
    public const string CountStock = "CountStock";

    /// Approve a count's variances: managers who did not count it.
    public const string ApproveCounts = "ApproveCounts";

    /// Close a reporting period: auditors and managers.
    public const string ClosePeriods = "ClosePeriods";

    /// Sign off a closed period: auditors.
    public const string SignOffPeriods = "SignOffPeriods";

    /// The maintenance list and due dates: keepers (their own depots), managers, administrators and auditors.
    public const string ReadMaintenance = "ReadMaintenance";

    /// Record checks and close repair jobs: keepers, at their own depots.
    public const string MaintainEquipment = "MaintainEquipment";

    /// Let a unit that is not ready go out on a dispatch: managers and administrators.
    public const string WaiveReadiness = "WaiveReadiness";

    /// Add, reschedule and remove maintenance plans: managers and administrators.
    public const string ManageMaintenancePlans = "ManageMaintenancePlans";

    /// The rotation list and the write-off notes: keepers (their own depots), managers, administrators and auditors.
    public const string ReadWriteOffs = "ReadWriteOffs";

    /// Approve or reject a write-off: managers who did not propose it.
    public const string DecideWriteOffs = "DecideWriteOffs";
    /// The kits per depot and the kit definitions, part of the stock pages: everyone signed in (keepers see their own depots).
    public const string ReadKits = "ReadKits";

    /// Pack, unpack and label kits: keepers, at their own depots.
    public const string PackKits = "PackKits";

    /// Keep the kit definitions (bills of items): managers and administrators.
    public const string DefineKits = "DefineKits";

    /// Suppliers, their agreement reserves and call-up orders: managers, administrators, keepers and auditors read them.
    public const string ReadSuppliers = "ReadSuppliers";

    /// Keeping suppliers and agreements, and sending call-up orders: managers and administrators.
    public const string ManageSuppliers = "ManageSuppliers";

    /// The API's reference page: administrators.
    public const string ReadApiReference = "ReadApiReference";

    /// The API's OpenAPI document: administrators, and stations (whose programs may read what they can call).
    public const string ReadApiDocument = "ReadApiDocument";

    /// A station agent's calls (announce printers, lease print jobs, forward scans): station keys only.
    public const string RunStationAgent = "RunStationAgent";

    /// The Prometheus metrics: administrators, and callers from `Metrics:AllowedNetworks`.
    public const string ReadMetrics = "ReadMetrics";
}
