using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Warehouse.Data.Identity;
using Warehouse.Web.Features.Account;
using Warehouse.Web.Infrastructure.Security;

namespace Warehouse.Web.Features.Setup;

/// The first-run set-up: open only with the link printed at start-up and only while no user exists; afterwards, and
/// for a wrong token, it is not there at all (404). Both the page and its post are rate limited like the login.
[AllowAnonymous]
[EnableRateLimiting(LoginRateLimit.Policy)]
[Route("Setup")]
public sealed class SetupController(SetupInvitation invitation, FirstAdministrator first, SignInManager<WarehouseUser> signIn)
    : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(string? token)
    {
        if (!invitation.Matches(token) || !await first.IsOpenAsync())
            return NotFound();
        return View(WithZones(new SetupForm { Token = token! }));
    }

    [HttpPost("")]
    public async Task<IActionResult> Index(SetupForm form)
    {
        if (!invitation.Matches(form.Token) || !await first.IsOpenAsync())
            return NotFound();
        if (!ModelState.IsValid || !invitation.TryClaim(form.Token))
            return View(WithZones(form));
        var result = await first.CreateAsync(form.ToFirstRun(), HttpContext.Connection.RemoteIpAddress?.ToString());
        if (!result.Done)
        {
            invitation.Return(form.Token);
            foreach (var error in result.Errors)
                ModelState.AddModelError("", error);
            return View(WithZones(form));
        }
        await signIn.SignInAsync(result.Administrator!, isPersistent: false);
        // The administrator is offered the second step at once; with Security:RequireMfa on it is required anyway.
        return RedirectToAction(nameof(TwoFactorController.Index), "TwoFactor");
    }

    private static SetupForm WithZones(SetupForm form)
    {
        form.Password = "";
        form.Confirm = "";
        form.Zones = TimeZones.Offered();
        return form;
    }
}
