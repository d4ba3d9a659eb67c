using Microsoft.AspNetCore.Authorization;
using Warehouse.Domain.Constants;
using Warehouse.Web.Configuration;

namespace Warehouse.Web.Infrastructure;

/// The menu's decisions for the signed-in caller: each entry shows when the policy guarding its page lets them in.
public sealed record NavigationMenu(bool CanDeliver, bool CanPostStock, bool CanManagePrinters, bool CanReadAudit,
    bool CanManageStations, bool CanManageUsers, bool CanManageApprovalRules = false, bool CanNameDeputies = false,
    bool CanReadMaintenance = false, bool CanReadWriteOffs = false, bool CanReadKits = false,
    bool CanReadSuppliers = false, bool CanReadMap = false);

/// What the signed-in caller may do, each answered by the policy that guards the action it leads to, so a page shows
/// a link or a button exactly when following it is allowed. Answers are kept for the request.
public sealed class CallerPermissions(IAuthorizationService authorization, IHttpContextAccessor accessor)
{
    private readonly Dictionary<string, bool> _answers = [];

    public async Task<bool> MayAsync(string policy)
    {
        if (_answers.TryGetValue(policy, out var known))
            return known;
        var user = accessor.HttpContext?.User;
        var may = user is not null && (await authorization.AuthorizeAsync(user, policy)).Succeeded;
        _answers[policy] = may;
        return may;
    }

    /// The menu of the shared layout. Auditors read only, so delivery, a write, is not offered to them.
    public async Task<NavigationMenu> MenuAsync()
    {
        var auditor = accessor.HttpContext?.User.IsInRole(Roles.Auditor) == true;
        return new NavigationMenu(
            CanDeliver: !auditor && await MayAsync(Policies.ConfirmDelivery),
            CanPostStock: await MayAsync(Policies.PostStock),
            CanManagePrinters: await MayAsync(Policies.ManagePrinters),
            CanReadAudit: await MayAsync(Policies.ReadAudit),
            CanManageStations: await MayAsync(Policies.EditCatalog),
            CanManageUsers: await MayAsync(Policies.ManageUsers),
            CanManageApprovalRules: await MayAsync(Policies.ManageApprovalRules),
            CanNameDeputies: !auditor && await MayAsync(Policies.NameDeputies),
            CanReadMaintenance: await MayAsync(Policies.ReadMaintenance),
            CanReadWriteOffs: await MayAsync(Policies.ReadWriteOffs),
            CanReadKits: await MayAsync(Policies.ReadKits),
            CanReadSuppliers: await MayAsync(Policies.ReadSuppliers),
            CanReadMap: accessor.HttpContext?.User.Identity?.IsAuthenticated == true);
    }
}
