using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Warehouse.Domain.Departments;
using Warehouse.Web.Configuration;
using Warehouse.Web.Infrastructure;

namespace Warehouse.Web.Features.Admin.DepartmentKeys;

public sealed class DepartmentKeyForm
{
    [Required(ErrorMessage = "Enter a name."), MaxLength(DepartmentApiKey.MaxNameLength), Display(Name = "Name")]
    public string Name { get; set; } = "";

    [Display(Name = "Department")]
    public int DepartmentId { get; set; }
}

public sealed record DepartmentKeyRow(int Id, string Name, string Department, string KeyPrefix, DateTime CreatedAt, DateTime? LastUsedAt,
    DateTime? RevokedAt)
{
    public bool CanRevoke => RevokedAt is null;
}

public sealed record DepartmentKeysPage(IReadOnlyList<DepartmentKeyRow> Rows, IReadOnlyList<(int Id, string Name)> Departments,
    DepartmentKeyForm Form, string? NewKey);

/// Keys a department's own system (the command platform) raises and follows requests with. A key is shown once, when
/// made; only its hash is kept.
[Authorize(Policy = Policies.ManageUsers)]
[Route("Admin/ApiKeys/{action=Index}/{id?}")]
public sealed class DepartmentKeysController(DepartmentKeyAdministration keys, IStringLocalizer<SharedResource> localizer) : Controller
{
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(await keys.PageAsync(new DepartmentKeyForm(), null, cancellationToken));

    [HttpPost]
    public async Task<IActionResult> Create(DepartmentKeyForm form, CancellationToken cancellationToken)
    {
        foreach (var error in await keys.CheckAsync(form, cancellationToken))
            ModelState.AddModelError(error.Field, error.Message);
        if (!ModelState.IsValid)
            return View("Index", await keys.PageAsync(form, null, cancellationToken));
        var key = await keys.CreateAsync(form, cancellationToken);
        return View("Index", await keys.PageAsync(new DepartmentKeyForm(), key, cancellationToken));
    }

    [HttpPost]
    public async Task<IActionResult> Revoke(int id, CancellationToken cancellationToken)
    {
        if (await keys.RevokeAsync(id, cancellationToken) is not { } name)
            return NotFound();
        TempData["Notice"] = localizer["The key {0} can no longer call the API.", name].Value;
        return RedirectToAction(nameof(Index));
    }
}
