using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Warehouse.Data;
using Warehouse.Data.Auditing;
using Warehouse.Domain.Auditing;
using Warehouse.Domain.Common;
using Warehouse.Domain.Stations;
using Warehouse.Web.Infrastructure;

namespace Warehouse.Web.Features.Admin;

/// A field of the station form and what is wrong with it.
public sealed record StationFormError(string Field, string Message);

/// Makes, revokes and points stations at a printer, each change audited; builds the stations page.
public sealed class StationAdministration(WarehouseDbContext db, AuditTrail audit, BureauClock clock,
    IStringLocalizer<SharedResource> localizer, Agents.AgentViews agents)
{
    /// What keeps the form from making a station: an unknown depot, a name already used.
    public async Task<IReadOnlyList<StationFormError>> CheckAsync(StationForm form, CancellationToken cancellationToken)
    {
        var errors = new List<StationFormError>();
        if (!await db.Depots.AnyAsync(d => d.Id == form.DepotId, cancellationToken))
            errors.Add(new(nameof(form.DepotId), localizer["Choose a depot."]));
        if (await db.Stations.AnyAsync(s => s.Name == form.Name.Trim(), cancellationToken))
            errors.Add(new(nameof(form.Name), localizer["That name is already used."]));
        return errors;
    }

    /// Makes the station and answers its key, which is shown this once.
    public async Task<string> CreateAsync(StationForm form, CancellationToken cancellationToken)
    {
        var key = Station.NewKey();
        db.Stations.Add(new Station(form.Name, form.DepotId, key, clock.UtcNow));
        audit.Record(AuditActions.StationCreated, $"station {form.Name.Trim()}", null);
        await db.SaveChangesAsync(cancellationToken);
        return key;
    }

    /// Revokes the station's key; answers the station's name, or null when there is no such station.
    public async Task<string?> RevokeAsync(int id, CancellationToken cancellationToken)
    {
        var station = await db.Stations.FindAsync([id], cancellationToken);
        if (station is null)
            return null;
        station.Revoke(clock.UtcNow);
        audit.Record(AuditActions.StationRevoked, $"station {station.Name}", null);
        await db.SaveChangesAsync(cancellationToken);
        return station.Name;
    }

    /// Sets the printer the station's postings print on; null when the station or the printer is unknown.
    public async Task<string?> PrintToAsync(int id, int? printerId, CancellationToken cancellationToken)
    {
        var station = await db.Stations.FindAsync([id], cancellationToken);
        if (station is null || printerId is not null && !await db.Printers.AnyAsync(p => p.Id == printerId, cancellationToken))
            return null;
        station.PrintTo(printerId);
        audit.Record(AuditActions.StationPrinter, $"station {station.Name}", printerId is null ? null : $"printer #{printerId}");
        await db.SaveChangesAsync(cancellationToken);
        return station.Name;
    }

    public async Task<StationsPage> PageAsync(StationForm form, string? newKey, CancellationToken cancellationToken)
    {
        var rows = await db.Stations.AsNoTracking().OrderBy(s => s.Name)
            .Select(s => new StationRow(s.Id, s.Name, s.Depot!.Name, s.KeyPrefix, s.CreatedAt, s.RevokedAt, s.DefaultPrinterId))
            .ToListAsync(cancellationToken);
        var depots = await db.Depots.AsNoTracking().OrderBy(d => d.Code).ToListAsync(cancellationToken);
        var printers = await db.Printers.AsNoTracking().OrderBy(p => p.Name).ToListAsync(cancellationToken);
        return new StationsPage(rows, depots, printers, form, newKey, await agents.AllAsync(cancellationToken));
    }
}
