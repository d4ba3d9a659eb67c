using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using Warehouse.Data.Identity;
using Warehouse.Domain.Auditing;
using Warehouse.Web.Infrastructure.Security;

namespace Warehouse.Web.Features.Account;

public sealed class SecondStepForm
{
    [Required(ErrorMessage = "Enter the code."), MaxLength(40), Display(Name = "Code")]
    public string Code { get; set; } = "";

    public string? ReturnUrl { get; set; }
}

/// The second sign-in step of users with two-step sign-in: a code from their authenticator app, or a recovery code.
[AllowAnonymous]
public sealed class SecondStepController(SignInManager<WarehouseUser> signIn, SignInService service, IStringLocalizer<SharedResource> localizer)
    : Controller
{
    [HttpGet("Account/LoginWith2fa")]
    public Task<IActionResult> Code(string? returnUrl) => FormAsync("Code", returnUrl);

    [HttpGet("Account/LoginWithRecoveryCode")]
    public Task<IActionResult> RecoveryCode(string? returnUrl) => FormAsync("RecoveryCode", returnUrl);

    [HttpPost("Account/LoginWith2fa")]
    [EnableRateLimiting(LoginRateLimit.Policy)]
    public Task<IActionResult> Code(SecondStepForm form) =>
        SignInAsync(form, "Code", AuditActions.TwoFactorSucceeded,
            code => signIn.TwoFactorAuthenticatorSignInAsync(code.Replace(" ", "").Replace("-", ""), isPersistent: false, rememberClient: false));

    [HttpPost("Account/LoginWithRecoveryCode")]
    [EnableRateLimiting(LoginRateLimit.Policy)]
    public Task<IActionResult> RecoveryCode(SecondStepForm form) =>
        SignInAsync(form, "RecoveryCode", AuditActions.RecoveryCodeUsed,
            code => signIn.TwoFactorRecoveryCodeSignInAsync(code.Replace(" ", "")));

    private async Task<IActionResult> FormAsync(string view, string? returnUrl) =>
        await signIn.GetTwoFactorAuthenticationUserAsync() is null
            ? RedirectToAction(nameof(AccountController.Login), "Account")
            : View(view, new SecondStepForm { ReturnUrl = returnUrl });

    private async Task<IActionResult> SignInAsync(SecondStepForm form, string view, string succeeded, Func<string, Task<Microsoft.AspNetCore.Identity.SignInResult>> attempt)
    {
        var user = await signIn.GetTwoFactorAuthenticationUserAsync();
        if (user is null)
            return RedirectToAction(nameof(AccountController.Login), "Account");
        if (!ModelState.IsValid)
            return View(view, form);
        var result = await attempt(form.Code.Trim());
        await service.AuditSecondStepAsync(user.UserName, result.Succeeded ? succeeded : AuditActions.TwoFactorFailed);
        if (result.Succeeded)
            return LocalRedirect(Url.IsLocalUrl(form.ReturnUrl) ? form.ReturnUrl : "/");
        ModelState.AddModelError("", result.IsLockedOut
            ? localizer["This account is locked after too many failed attempts. Try again in 15 minutes."]
            : localizer["The code is wrong or has expired."]);
        return View(view, form);
    }
}
