using Warehouse.Data.Stock;
using Warehouse.Domain.Printing;

namespace Warehouse.Web.Features.Printing;

/// What a job prints: the bytes it carries, or else its stock note rendered afresh from the posted document, which
/// never changes, or its dispatch slip rendered afresh without the delivery codes (printed on the original only).
/// The worker asks when it sends a job to a real printer, the preview page whenever it is opened.
public sealed class PrintJobRenderer(StockPostingService posting, SlipSource slips, ReceiptComposer composer)
{
    public async Task<byte[]> ContentAsync(PrintJob job, PrintTarget target, CancellationToken cancellationToken)
    {
        if (job.Content is { } content)
            return content;
        if (job.Kind == PrintJobKind.DispatchSlip)
        {
            var slip = await slips.WithoutCodesAsync(job.Title, cancellationToken)
                ?? throw new InvalidOperationException($"Dispatch {job.Title} of print job {job.Id} is missing.");
            return composer.DispatchSlip(slip, target);
        }
        var documentId = job.DocumentId ?? throw new InvalidOperationException($"Print job {job.Id} has nothing to print.");
        var document = await posting.LoadAsync(documentId, cancellationToken)
            ?? throw new InvalidOperationException($"Document #{documentId} of print job {job.Id} is missing.");
        return composer.StockNote(document, target);
    }
}
