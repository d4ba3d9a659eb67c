using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Warehouse.Data;
using Warehouse.Data.Identity;
using Warehouse.Domain.Auditing;
using Warehouse.Domain.Common;
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
    SignInManager<WarehouseUser> signIn,
    WarehouseDbContext db,
    BureauClock clock,
    IStringLocalizer<SharedResource> localizer) : Controller
{
    [HttpGet]
    [AllowAnonymous]
    public IActionResult Login(string? returnUrl) => View(new LoginForm { ReturnUrl = returnUrl });

    [HttpPost]
    [AllowAnonymous]
    public async Task<IActionResult> Login(LoginForm form)
    {
        if (!ModelState.IsValid)
            return View(form);
        var result = await signIn.PasswordSignInAsync(form.UserName.Trim(), form.Password, isPersistent: false, lockoutOnFailure: true);
        var action = result.Succeeded ? AuditActions.LoginSucceeded
            : result.IsLockedOut ? AuditActions.LockedOut
            : AuditActions.LoginFailed;
        db.AuditEntries.Add(new AuditEntry(clock.UtcNow, form.UserName.Trim(), action, "account", null,
            HttpContext.Connection.RemoteIpAddress?.ToString()));
        await db.SaveChangesAsync();
        if (result.Succeeded)
            return LocalRedirect(Url.IsLocalUrl(form.ReturnUrl) ? form.ReturnUrl : "/");
        ModelState.AddModelError("", result.IsLockedOut
            ? localizer["This account is locked after too many failed attempts. Try again in 15 minutes."]
            : localizer["The user name or password is wrong."]);
        return View(form);
    }

    [HttpPost, Authorize, SessionOnly]
    public async Task<IActionResult> Logout()
    {
        db.AuditEntries.Add(new AuditEntry(clock.UtcNow, User.Identity?.Name ?? "anonymous", AuditActions.Logout, "account", null,
            HttpContext.Connection.RemoteIpAddress?.ToString()));
        await db.SaveChangesAsync();
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
