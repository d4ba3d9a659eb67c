using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Warehouse.Data.Auditing;
using Warehouse.Data.Identity;
using Warehouse.Domain.Auditing;
using Warehouse.Domain.Common;
using Warehouse.Web.Infrastructure;

namespace Warehouse.Web.Features.Account;

public sealed class PasswordForm
{
    [Required(ErrorMessage = "Enter your current password."), MaxLength(200), DataType(DataType.Password), Display(Name = "Current password")]
    public string Current { get; set; } = "";

    [Required(ErrorMessage = "Enter a new password."), MaxLength(200), DataType(DataType.Password), Display(Name = "New password")]
    public string New { get; set; } = "";

    [Compare(nameof(New), ErrorMessage = "The two new passwords differ."), DataType(DataType.Password), Display(Name = "New password again")]
    public string Confirm { get; set; } = "";
}

/// One's own password: current, new, and the new once more. Clears an administrator's "change at next login".
// An auditor changes none of the bureau's records, but their own password and second factor are theirs to keep.
[Authorize, SessionOnly]
[Route("Account/Password")]
public sealed class PasswordController(SignInManager<WarehouseUser> signIn, AuditTrail audit,
    IStringLocalizer<SharedResource> localizer) : Controller
{
    [HttpGet("")]
    public IActionResult Index() => View(new PasswordForm());

    [HttpPost("")]
    public async Task<IActionResult> Index(PasswordForm form)
    {
        var user = await signIn.UserManager.GetUserAsync(User);
        if (user is null)
            return Challenge();
        if (!ModelState.IsValid)
            return View(form);
        var result = await signIn.UserManager.ChangePasswordAsync(user, form.Current, form.New);
        foreach (var error in result.Errors)
            ModelState.AddModelError(error.Code == "PasswordMismatch" ? nameof(form.Current) : nameof(form.New), error.Description);
        if (!result.Succeeded)
            return View(form);
        user.MustChangePassword = false;
        await signIn.UserManager.UpdateAsync(user);
        // The change gave the user a new security stamp, which ends every other session; this one carries on.
        await signIn.RefreshSignInAsync(user);
        await audit.RecordNowAsync(AuditActions.PasswordChanged, "account", null);
        TempData["Notice"] = localizer["Your password has been changed."].Value;
        return LocalRedirect("/");
    }
}
