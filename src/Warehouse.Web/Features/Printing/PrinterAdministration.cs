using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Warehouse.Data;
using Warehouse.Data.Auditing;
using Warehouse.Domain.Auditing;
using Warehouse.Domain.Common;
using Warehouse.Domain.Printing;
using Warehouse.Hardware.Transports;
using Warehouse.Web.Infrastructure;

namespace Warehouse.Web.Features.Printing;

/// One message for the printer form, under the field it belongs to ("" for the whole form).
public sealed record PrinterFormError(string Field, string Message);

/// What saving a printer came to: not found, refused with messages, or saved under its name.
public sealed record PrinterSave(bool Found, IReadOnlyList<PrinterFormError> Errors, string? Name = null)
{
    public bool Succeeded => Found && Errors.Count == 0;
    public static readonly PrinterSave NotFound = new(false, []);
}

/// Adds and changes printers: the depot must exist, the name be free, the address be one the app can open and the
/// <see cref="PrinterAddressPolicy"/> allows. Every save is audited.
public sealed class PrinterAdministration(WarehouseDbContext db, AuditTrail audit, PrinterAddressPolicy policy,
    IStringLocalizer<SharedResource> localizer)
{
    /// Saves the printer <paramref name="id"/> (a new one when null). When the form already failed its own validation
    /// (<paramref name="bound"/> false) the checks still run, so every message shows at once, and nothing is changed.
    public async Task<PrinterSave> SaveAsync(int? id, PrinterForm form, bool bound, CancellationToken cancellationToken)
    {
        var errors = new List<PrinterFormError>();
        if (!await db.Depots.AnyAsync(d => d.Id == form.DepotId, cancellationToken))
            errors.Add(new(nameof(form.DepotId), localizer["Choose a depot."]));
        if (await db.Printers.AnyAsync(p => p.Name == form.Name.Trim() && p.Id != id, cancellationToken))
            errors.Add(new(nameof(form.Name), localizer["That name is already used."]));
        if (await AddressProblemAsync(form.Address ?? "") is { } problem)
            errors.Add(new(nameof(form.Address), problem));
        Printer? printer = null;
        if (id is not null && (printer = await db.Printers.SingleOrDefaultAsync(p => p.Id == id, cancellationToken)) is null)
            return PrinterSave.NotFound;
        if (!bound || errors.Count > 0)
            return new(true, errors);
        try
        {
            if (printer is null)
                db.Printers.Add(printer = new Printer(form.Name, form.DepotId, form.Address!, form.Paper, form.Encoding));
            else
                printer.Change(form.Name, form.DepotId, form.Address!, form.Paper, form.Encoding);
            if (form.Kind == PrinterKind.Label)
                printer.UseForLabels(LabelSettings.Checked(form.LabelWidthMm, form.LabelHeightMm, form.LabelDpi, form.LabelFont));
            else
                printer.UseForReceipts();
        }
        catch (DomainException e)
        {
            return new(true, [new("", ApiProblems.Localize(e.Error, localizer))]);
        }
        audit.Record(id is null ? AuditActions.PrinterCreated : AuditActions.PrinterChanged, $"printer {printer.Name}",
            printer.Labels is { } labels ? $"{printer.Address} labels {labels.WidthMm}x{labels.HeightMm} mm {labels.Dpi} dpi" : printer.Address);
        await db.SaveChangesAsync(cancellationToken);
        return new(true, [], printer.Name);
    }

    /// Why the app will not print to <paramref name="address"/>: it cannot open it, or the policy refuses it; null if it may.
    private async Task<string?> AddressProblemAsync(string address)
    {
        if (Printer.IsVirtual(address))
            return null;
        if (AgentAddress.IsAgent(address))
            return await AgentAddressProblemAsync(address);
        try
        {
            await PrinterTransports.Create(address).DisposeAsync();
            return policy.Check(address) is { } refused ? ApiProblems.Localize(refused, localizer) : null;
        }
        catch (PrinterException)
        {
            return localizer["Error.PrinterAddressInvalid", address];
        }
    }

    /// An agent printer's address must name an active station; the printer's name is the agent's to announce.
    private async Task<string?> AgentAddressProblemAsync(string address)
    {
        if (!AgentAddress.TryParse(address, out var station, out _))
            return ApiProblems.Localize(Errors.AgentAddressInvalid(address), localizer);
        return await db.Stations.AnyAsync(s => s.Name == station && s.RevokedAt == null)
            ? null
            : ApiProblems.Localize(Errors.AgentStationUnknown(station), localizer);
    }
}
