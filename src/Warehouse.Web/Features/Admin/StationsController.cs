using Warehouse.Web.Configuration;
using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Warehouse.Data;
using Warehouse.Data.Auditing;
using Warehouse.Domain.Auditing;
using Warehouse.Domain.Catalog;
using Warehouse.Domain.Common;
using Warehouse.Domain.Printing;
using Warehouse.Domain.Stations;
using Warehouse.Web.Infrastructure;

namespace Warehouse.Web.Features.Admin;

public sealed class StationForm
{
    [Required(ErrorMessage = "Enter a name."), MaxLength(60), Display(Name = "Name")]
    public string Name { get; set; } = "";

    [Display(Name = "Depot")]
    public int DepotId { get; set; }
}

public sealed record StationRow(int Id, string Name, string DepotName, string KeyPrefix, DateTime CreatedAt, DateTime? RevokedAt, int? DefaultPrinterId);

public sealed record StationsPage(IReadOnlyList<StationRow> Rows, IReadOnlyList<Depot> Depots, IReadOnlyList<Printer> Printers, StationForm Form,
    string? NewKey);

/// Stations call the API with a key of their own. The key is shown once, when made; only its hash is kept.
[Authorize(Policy = Policies.EditCatalog)]
public sealed class StationsController(WarehouseDbContext db, AuditTrail audit, BureauClock clock, IStringLocalizer<SharedResource> localizer)
    : Controller
{
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(await PageAsync(new StationForm(), null, cancellationToken));

    [HttpPost]
    public async Task<IActionResult> Create(StationForm form, CancellationToken cancellationToken)
    {
        if (!await db.Depots.AnyAsync(d => d.Id == form.DepotId, cancellationToken))
            ModelState.AddModelError(nameof(form.DepotId), localizer["Choose a depot."]);
        if (await db.Stations.AnyAsync(s => s.Name == form.Name.Trim(), cancellationToken))
            ModelState.AddModelError(nameof(form.Name), localizer["That name is already used."]);
        if (!ModelState.IsValid)
            return View("Index", await PageAsync(form, null, cancellationToken));
        var key = Station.NewKey();
        db.Stations.Add(new Station(form.Name, form.DepotId, key, clock.UtcNow));
        audit.Record(AuditActions.StationCreated, $"station {form.Name.Trim()}", null);
        await db.SaveChangesAsync(cancellationToken);
        return View("Index", await PageAsync(new StationForm(), key, cancellationToken));
    }

    [HttpPost]
    public async Task<IActionResult> Revoke(int id, CancellationToken cancellationToken)
    {
        var station = await db.Stations.FindAsync([id], cancellationToken);
        if (station is null)
            return NotFound();
        station.Revoke(clock.UtcNow);
        audit.Record(AuditActions.StationRevoked, $"station {station.Name}", null);
        await db.SaveChangesAsync(cancellationToken);
        TempData["Notice"] = localizer["Station {0} can no longer call the API.", station.Name].Value;
        return RedirectToAction(nameof(Index));
    }

    /// The receipt printer the station's postings print on; none means the depot's first printer.
    [HttpPost]
    public async Task<IActionResult> Printer(int id, int? printerId, CancellationToken cancellationToken)
    {
        var station = await db.Stations.FindAsync([id], cancellationToken);
        if (station is null)
            return NotFound();
        if (printerId is not null && !await db.Printers.AnyAsync(p => p.Id == printerId, cancellationToken))
            return NotFound();
        station.PrintTo(printerId);
        audit.Record(AuditActions.StationPrinter, $"station {station.Name}", printerId is null ? null : $"printer #{printerId}");
        await db.SaveChangesAsync(cancellationToken);
        TempData["Notice"] = localizer["Station {0} saved.", station.Name].Value;
        return RedirectToAction(nameof(Index));
    }

    private async Task<StationsPage> PageAsync(StationForm form, string? newKey, CancellationToken cancellationToken)
    {
        var rows = await db.Stations.AsNoTracking().OrderBy(s => s.Name)
            .Select(s => new StationRow(s.Id, s.Name, s.Depot!.Name, s.KeyPrefix, s.CreatedAt, s.RevokedAt, s.DefaultPrinterId))
            .ToListAsync(cancellationToken);
        var depots = await db.Depots.AsNoTracking().OrderBy(d => d.Code).ToListAsync(cancellationToken);
        var printers = await db.Printers.AsNoTracking().OrderBy(p => p.Name).ToListAsync(cancellationToken);
        return new StationsPage(rows, depots, printers, form, newKey);
    }
}
