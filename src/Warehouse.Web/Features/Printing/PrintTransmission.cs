using Warehouse.Hardware.Transports;
using Warehouse.Hardware.Zpl;

namespace Warehouse.Web.Features.Printing;

/// How bytes reach a printer and how it is asked whether it can print: a receipt printer by DLE EOT on the job's own
/// connection, a label printer by ZPL ~HS on a connection of its own.
public static class PrintTransmission
{
    /// Asks first whether the printer can print: a printer that is offline or out of paper would swallow the
    /// bytes and print nothing. Asks again after the job, so a printer that ran out of paper halfway gets the
    /// whole receipt again. A printer that cannot tell (a device file, a label printer without ~HS) is simply written to.
    public static async Task SendAsync(PrintTarget target, byte[] content, CancellationToken cancellationToken)
    {
        await using var transport = PrinterTransports.Create(target.Address);
        await EnsureReadyAsync(transport, target, cancellationToken);
        await transport.WriteAsync(content, cancellationToken);
        await EnsureReadyAsync(transport, target, cancellationToken);
    }

    /// The printer's status: ~HS for a label printer, DLE EOT for a receipt printer.
    public static async Task<PrinterStatus> StatusAsync(PrintTarget target, CancellationToken cancellationToken)
    {
        if (target.IsLabelPrinter)
            return await ZplHostStatus.QueryAsync(target.Address, cancellationToken: cancellationToken);
        await using var transport = PrinterTransports.Create(target.Address);
        return await transport.GetStatusAsync(cancellationToken);
    }

    /// A label printer prints ZPL only and a receipt printer ESC/POS only: the other language would come out as
    /// pages of garbage, so such a job waits with a message until it is moved or cancelled.
    public static void EnsureLanguage(PrintTarget target, byte[] content)
    {
        if (target.IsLabelPrinter != ZplDecoder.IsZpl(content))
            throw new InvalidOperationException(target.IsLabelPrinter
                ? $"{target.Name} is a label printer and cannot print this receipt; move the job to a receipt printer."
                : $"{target.Name} is a receipt printer and cannot print labels made for a label printer; move the job to one.");
    }

    private static async Task EnsureReadyAsync(IPrinterTransport transport, PrintTarget target, CancellationToken cancellationToken)
    {
        try
        {
            var status = target.IsLabelPrinter
                ? await ZplHostStatus.QueryAsync(target.Address, cancellationToken: cancellationToken)
                : await transport.GetStatusAsync(cancellationToken);
            if (status.Problem is { } problem)
                throw new PrinterException(problem, target.Address, $"The printer at {target.Address} reports {status}.");
        }
        catch (PrinterException e) when (e.Failure == PrinterFailure.StatusUnavailable)
        {
        }
    }
}
