using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Warehouse.Domain.Common;
using Warehouse.Web.Features.Account.SetPassword;
using Warehouse.Web.Infrastructure;

namespace Warehouse.Web.Features.Account;

/// The page behind a new user's one-time link: anyone holding the link may set that user's password, once, by the
/// password policy; a used, expired or damaged link finds nothing.
[AllowAnonymous]
[Route("Account/SetPassword")]
public sealed class SetPasswordController(SetPasswordLinks links, IStringLocalizer<SharedResource> localizer) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(string? user, string? token) =>
        await links.UserOfAsync(user, token) is { } found
            ? View(new SetPasswordPage(new SetPasswordForm { User = user!, Token = token! }, found.UserName!))
            : Invalid();

    [HttpPost("")]
    public async Task<IActionResult> Index(SetPasswordForm form)
    {
        if (await links.UserOfAsync(form.User, form.Token) is not { } found)
            return Invalid();
        if (!ModelState.IsValid)
            return View(new SetPasswordPage(form, found.UserName!));
        var complaints = await links.SetAsync(form);
        if (complaints is null)
            return Invalid();
        foreach (var complaint in complaints)
            ModelState.AddModelError(nameof(form.New), complaint);
        if (complaints.Count > 0)
            return View(new SetPasswordPage(form, found.UserName!));
        TempData["Notice"] = localizer["Your password is set: sign in with it."].Value;
        return RedirectToAction("Login", "Account");
    }

    private ViewResult Invalid()
    {
        Response.StatusCode = StatusCodes.Status404NotFound;
        return View("Invalid", ApiProblems.Localize(Errors.SetPasswordLinkInvalid(), localizer));
    }
}
