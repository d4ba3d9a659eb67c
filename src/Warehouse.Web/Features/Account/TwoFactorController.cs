using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Warehouse.Data.Auditing;
using Warehouse.Data.Identity;
using Warehouse.Domain.Auditing;
using Warehouse.Domain.Common;
using Warehouse.Web.Infrastructure;
using Warehouse.Web.Infrastructure.Security;

namespace Warehouse.Web.Features.Account;

/// Two-step sign-in for oneself: enrol an authenticator app, confirm it with a first code, renew recovery codes, turn it off.
// An auditor changes none of the bureau's records, but their own password and second factor are theirs to keep.
[Authorize, SessionOnly]
[Route("Account/TwoFactor/{action=Index}")]
public sealed class TwoFactorController(SignInManager<WarehouseUser> signIn, AuditTrail audit,
    IOptions<SecurityOptions> security, IStringLocalizer<SharedResource> localizer) : Controller
{
    private const int RecoveryCodeCount = 10;
    private UserManager<WarehouseUser> Users => signIn.UserManager;

    [HttpGet]
    public async Task<IActionResult> Index() => await UserAsync() is { } user ? View(await PageAsync(user)) : Challenge();

    [HttpPost]
    public async Task<IActionResult> Confirm(string? code)
    {
        if (await UserAsync() is not { } user)
            return Challenge();
        var token = (code ?? "").Replace(" ", "").Replace("-", "");
        if (!await Users.VerifyTwoFactorTokenAsync(user, Users.Options.Tokens.AuthenticatorTokenProvider, token))
            return View("Index", await PageAsync(user) with { Problem = localizer["The code is wrong or has expired."] });
        await Users.SetTwoFactorEnabledAsync(user, true);
        return await NewCodesAsync(user, AuditActions.TwoFactorEnabled);
    }

    [HttpPost]
    public async Task<IActionResult> RecoveryCodes() =>
        await UserAsync() is { TwoFactorEnabled: true } user ? await NewCodesAsync(user, AuditActions.RecoveryCodesRenewed) : RedirectToAction(nameof(Index));

    [HttpPost]
    public async Task<IActionResult> Disable()
    {
        if (await UserAsync() is not { } user)
            return Challenge();
        if (AccountGate.RequiresMfa(User, security.Value))
            return View("Index", await PageAsync(user) with { Problem = ApiProblems.Localize(Errors.MfaRequiredForRole(), localizer) });
        await Users.SetTwoFactorEnabledAsync(user, false);
        await Users.ResetAuthenticatorKeyAsync(user);
        await RecordAsync(user, AuditActions.TwoFactorDisabled);
        TempData["Notice"] = localizer["Two-step sign-in is off."].Value;
        return RedirectToAction(nameof(Index));
    }

    private async Task<IActionResult> NewCodesAsync(WarehouseUser user, string action)
    {
        var codes = (await Users.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodeCount))?.ToList() ?? [];
        await RecordAsync(user, action);
        return View("Index", await PageAsync(user) with { NewRecoveryCodes = codes });
    }

    private async Task<WarehouseUser?> UserAsync() => await Users.GetUserAsync(User);

    private async Task<AuthenticatorPage> PageAsync(WarehouseUser user)
    {
        var key = await AuthenticatorSetup.KeyAsync(Users, user);
        // Making a key renews the security stamp; the session that made it carries on.
        await signIn.RefreshSignInAsync(user);
        var uri = AuthenticatorSetup.OtpAuthUri(user.UserName!, key);
        return new AuthenticatorPage(AuthenticatorSetup.Grouped(key), AuthenticatorSetup.QrDataUri(uri), user.TwoFactorEnabled,
            await Users.CountRecoveryCodesAsync(user), AccountGate.RequiresMfa(User, security.Value));
    }

    private async Task RecordAsync(WarehouseUser user, string action)
    {
        await signIn.RefreshSignInAsync(user);
        await audit.RecordNowAsync(action, "account", null);
    }
}
