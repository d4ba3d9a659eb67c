using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Warehouse.Data;
using Warehouse.Domain.Printing;
using Warehouse.Hardware.Transports;
using Warehouse.Web.Features.Agents;

namespace Warehouse.Web.Features.Printing;

/// The printer's real-time status as the printers page shows it.
public sealed record PrinterStatusAnswer(string State, string Text);

/// Asks a printer how it is: virtual printers and addresses the policy refuses are never opened; a printer that does not
/// answer is "unreachable", one that cannot report its status says so. A printer on a station agent's PC is answered
/// from what its agent last reported.
public sealed class PrinterStatusProbe(WarehouseDbContext db, PrintTargets targets, PrinterAddressPolicy policy,
    AgentViews agents, IStringLocalizer<SharedResource> localizer)
{
    /// The status of the printer with <paramref name="id"/> (the default printer when none); null when there is no such printer.
    public async Task<PrinterStatusAnswer?> ProbeAsync(int? id, CancellationToken cancellationToken)
    {
        if (id is not null && !await db.Printers.AnyAsync(p => p.Id == id, cancellationToken))
            return null;
        return await StatusOfAsync(await targets.ForAsync(db, id, cancellationToken), cancellationToken);
    }

    private async Task<PrinterStatusAnswer> StatusOfAsync(PrintTarget target, CancellationToken cancellationToken)
    {
        if (target.IsVirtual)
            return Answer("virtual", "Virtual printer: jobs are kept as previews");
        if (AgentAddress.IsAgent(target.Address))
            return await agents.PrinterAsync(target.Address, cancellationToken) is { } agentPrinter
                ? Answer(agentPrinter.State, agentPrinter.Text)
                : Answer("offline", "No agent has announced this printer");
        if (policy.Check(target.Address) is not null)
            return Answer("unreachable", "The address is not allowed");
        try
        {
            var status = await PrintTransmission.StatusAsync(target, cancellationToken);
            return status.Problem switch
            {
                null => Answer("online", status.PaperNearEnd ? "Online, paper near end" : "Online"),
                PrinterFailure.PaperOut => Answer("paperOut", "Paper out"),
                PrinterFailure.CoverOpen => Answer("coverOpen", "Cover open"),
                PrinterFailure.PrinterError => Answer("error", "Printer error"),
                _ => Answer("offline", "Offline"),
            };
        }
        catch (PrinterException e) when (e.Failure == PrinterFailure.StatusUnavailable)
        {
            return Answer("unknown", "This printer cannot report its status");
        }
        catch (PrinterException e) when (e.Failure == PrinterFailure.InvalidAddress)
        {
            return Answer("unreachable", "The address is not valid");
        }
        catch (PrinterException)
        {
            return Answer("unreachable", "Unreachable");
        }
    }

    private PrinterStatusAnswer Answer(string state, string text) => new(state, localizer[text].Value);
}
