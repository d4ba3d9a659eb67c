using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Warehouse.Web.Configuration;
using Warehouse.Web.Features.Admin.Users;

namespace Warehouse.Web.Features.Admin;

/// People administration: who may sign in, with which roles, depots and department.
[Authorize(Policy = Policies.ManageUsers)]
[Route("Admin/Users/{action=Index}/{id?}")]
public sealed class UsersController(UserDirectory directory, UserAdministration administration, IStringLocalizer<SharedResource> localizer)
    : Controller
{
    [HttpGet]
    public async Task<IActionResult> Index(UserFilter filter, CancellationToken cancellationToken) =>
        View(await directory.ListAsync(filter, Request.Path, Request.Query, cancellationToken));

    [HttpGet]
    public async Task<IActionResult> Create(CancellationToken cancellationToken) =>
        View(new UserFormPage<NewUserForm>(new NewUserForm(), await directory.ChoicesAsync(cancellationToken)));

    [HttpPost]
    public async Task<IActionResult> Create(NewUserForm form, CancellationToken cancellationToken)
    {
        var change = ModelState.IsValid ? await administration.CreateAsync(form) : null;
        if (change is { Succeeded: true })
        {
            TempData["Notice"] = localizer["User {0} created; they must change the password at first sign-in.", form.UserName].Value;
            return RedirectToAction(nameof(Index));
        }
        foreach (var error in change?.Errors ?? [])
            ModelState.AddModelError("", error);
        return View(new UserFormPage<NewUserForm>(form, await directory.ChoicesAsync(cancellationToken)));
    }

    [HttpGet]
    public async Task<IActionResult> Edit(string id, CancellationToken cancellationToken) =>
        await directory.FormAsync(id, cancellationToken) is { } form
            ? View(new UserFormPage<EditUserForm>(form, await directory.ChoicesAsync(cancellationToken)))
            : NotFound();

    [HttpPost]
    public async Task<IActionResult> Edit(string id, EditUserForm form, CancellationToken cancellationToken)
    {
        var change = ModelState.IsValid ? await administration.UpdateAsync(id, form) : null;
        if (change is { Found: false })
            return NotFound();
        if (change is { Succeeded: true })
            return Saved(id);
        foreach (var error in change?.Errors ?? [])
            ModelState.AddModelError("", error);
        var stored = await directory.FormAsync(id, cancellationToken);
        form.Id = id;
        form.UserName = stored?.UserName ?? "";
        form.Disabled = stored?.Disabled ?? false;
        return View(new UserFormPage<EditUserForm>(form, await directory.ChoicesAsync(cancellationToken)));
    }

    [HttpPost]
    public async Task<IActionResult> Disable(string id, string? reason) => Outcome(id, await administration.DisableAsync(id, reason ?? ""));

    [HttpPost]
    public async Task<IActionResult> Enable(string id, string? reason) => Outcome(id, await administration.EnableAsync(id, reason ?? ""));

    [HttpPost]
    public async Task<IActionResult> Unlock(string id, string? reason) => Outcome(id, await administration.UnlockAsync(id, reason ?? ""));

    [HttpPost]
    public async Task<IActionResult> ResetPassword(string id, string? password, string? reason) =>
        Outcome(id, await administration.ResetPasswordAsync(id, password ?? "", reason ?? ""));

    private IActionResult Outcome(string id, UserChange change)
    {
        if (!change.Found)
            return NotFound();
        if (change.Succeeded)
            return Saved(id);
        TempData["Problem"] = string.Join(" ", change.Errors);
        return RedirectToAction(nameof(Edit), new { id });
    }

    private RedirectToActionResult Saved(string id)
    {
        TempData["Notice"] = localizer["Saved."].Value;
        return RedirectToAction(nameof(Edit), new { id });
    }
}
