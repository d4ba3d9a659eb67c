using Microsoft.EntityFrameworkCore;
using Warehouse.Data;
using Warehouse.Domain.Printing;
using Warehouse.Web.Infrastructure;

namespace Warehouse.Web.Features.Printing;

/// The reads behind the printer pages: the printers with their open jobs, a printer's form, and the printers the
/// current caller may print on (a keeper's own depots').
public sealed class PrinterPages(WarehouseDbContext db, PrintTargets targets, CurrentUser user, Agents.AgentViews agents)
{
    /// The printers page: the configured default printer first, then each printer with the jobs still open on it, and the
    /// station agents with their printers' status.
    public async Task<PrintersPage> PageAsync(PrinterForm form, int? editingId, CancellationToken cancellationToken)
    {
        var open = await db.PrintJobs.Where(j => j.State == PrintJobState.Pending || j.State == PrintJobState.Printing)
            .GroupBy(j => j.PrinterId).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var rows = await db.Printers.AsNoTracking().OrderBy(p => p.Depot!.Code).ThenBy(p => p.Name)
            .Select(p => new { Row = new PrinterRow(p.Id, p.Name, p.Depot!.Name, p.Address, p.Paper, p.Encoding, 0, null), Printer = p })
            .ToListAsync(cancellationToken);
        var fallback = targets.Default;
        var all = rows.Select(r => r.Row with { Labels = r.Printer.Labels }).Prepend(new PrinterRow(null, fallback.Name, null, fallback.Address,
                fallback.Width == Hardware.EscPos.PaperWidth.Mm58 ? PaperSize.Mm58 : PaperSize.Mm80, null, 0))
            .Select(r => r with { OpenJobs = open.FirstOrDefault(o => o.Key == r.Id)?.Count ?? 0 })
            .ToList();
        var depots = await db.Depots.AsNoTracking().OrderBy(d => d.Code).ToListAsync(cancellationToken);
        return new PrintersPage(all, depots, form, editingId, await agents.AllAsync(cancellationToken));
    }

    /// The form of printer <paramref name="id"/> as saved; null when there is none.
    public async Task<PrinterForm?> FormAsync(int id, CancellationToken cancellationToken)
    {
        var printer = await db.Printers.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
        return printer is null ? null : new PrinterForm
        {
            Name = printer.Name, DepotId = printer.DepotId, Address = printer.Address, Paper = printer.Paper, Encoding = printer.Encoding,
            Kind = printer.Kind, LabelWidthMm = (printer.Labels ?? LabelSettings.Default).WidthMm,
            LabelHeightMm = (printer.Labels ?? LabelSettings.Default).HeightMm, LabelDpi = (printer.Labels ?? LabelSettings.Default).Dpi,
            LabelFont = (printer.Labels ?? LabelSettings.Default).Font,
        };
    }

    public async Task<bool> ExistsAsync(int id, CancellationToken cancellationToken) =>
        await db.Printers.AnyAsync(p => p.Id == id, cancellationToken);

    /// The printers the caller may choose, by name.
    public async Task<List<PrinterChoiceOption>> ChoicesAsync(CancellationToken cancellationToken) =>
        await db.Printers.AsNoTracking().Where(p => !user.IsDepotBound || user.Depots.Contains(p.DepotId)).OrderBy(p => p.Name)
            .Select(p => new PrinterChoiceOption(p.Id, p.Name)).ToListAsync(cancellationToken);

    /// Whether the caller may send to this printer; none (the depot's own choice) is always allowed.
    public async Task<bool> MayUseAsync(int? printerId, CancellationToken cancellationToken) =>
        printerId is null || await db.Printers.AnyAsync(
            p => p.Id == printerId && (!user.IsDepotBound || user.Depots.Contains(p.DepotId)), cancellationToken);
}
