using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using Warehouse.Data.Auditing;
using Warehouse.Data.Identity;
using Warehouse.Domain.Auditing;
using Warehouse.Domain.Common;
using Warehouse.Web.Infrastructure.Security;
using Warehouse.Web.Infrastructure;

namespace Warehouse.Web.Features.Account;

public sealed class LoginForm
{
    [Required(ErrorMessage = "Enter your user name.")]
    [MaxLength(100)]
    [Display(Name = "User name")]
    public string UserName { get; set; } = "";

    [Required(ErrorMessage = "Enter your password.")]
    [MaxLength(200)]
    [DataType(DataType.Password)]
    [Display(Name = "Password")]
    public string Password { get; set; } = "";

    public string? ReturnUrl { get; set; }
}

public sealed class AccountController(
    SignInService service,
    SignInManager<WarehouseUser> signIn,
    AuditTrail audit,
    IStringLocalizer<SharedResource> localizer) : Controller
{
    [HttpGet]
    [AllowAnonymous]
    public IActionResult Login(string? returnUrl) => View(new LoginForm { ReturnUrl = returnUrl });

    [HttpPost]
    [AllowAnonymous]
    [EnableRateLimiting(LoginRateLimit.Policy)]
    public async Task<IActionResult> Login(LoginForm form, CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
            return View(form);
        var returnUrl = Url.IsLocalUrl(form.ReturnUrl) ? form.ReturnUrl : "/";
        switch (await service.PasswordAsync(form.UserName, form.Password, cancellationToken))
        {
            case LoginOutcome.SignedIn:
                return LocalRedirect(returnUrl);
            case LoginOutcome.SecondStepNeeded:
                return RedirectToAction(nameof(SecondStepController.Code), "SecondStep", new { returnUrl });
            case LoginOutcome.Locked:
                ModelState.AddModelError("", localizer["This account is locked after too many failed attempts. Try again in 15 minutes."]);
                return View(form);
            default:
                ModelState.AddModelError("", localizer["The user name or password is wrong."]);
                return View(form);
        }
    }

    /// Ends the session everywhere: the new security stamp refuses any copy of the cookie at its next request.
    [HttpPost, Authorize, SessionOnly]
    public async Task<IActionResult> Logout()
    {
        if (await signIn.UserManager.GetUserAsync(User) is { } user)
            await signIn.UserManager.UpdateSecurityStampAsync(user);
        await audit.RecordNowAsync(AuditActions.Logout, "account", null);
        await signIn.SignOutAsync();
        return RedirectToAction(nameof(Login));
    }

    [AllowAnonymous]
    public IActionResult AccessDenied() => View();

    [HttpPost]
    [AllowAnonymous, SessionOnly]
    public IActionResult Language(string culture, string? returnUrl)
    {
        var chosen = culture == "en" ? "en" : "zh-CN";
        Response.Cookies.Append(CookieRequestCultureProvider.DefaultCookieName,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(chosen)),
            new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), IsEssential = true, HttpOnly = true, SameSite = SameSiteMode.Lax });
        return LocalRedirect(Url.IsLocalUrl(returnUrl) ? returnUrl : "/");
    }
}
