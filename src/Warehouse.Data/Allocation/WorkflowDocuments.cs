using Warehouse.Data.Auditing;
using Warehouse.Data.Printing;
using Warehouse.Data.Stock;
using Warehouse.Domain.Allocation;
using Warehouse.Domain.Auditing;
using Warehouse.Domain.Common;
using Warehouse.Domain.Stock;

namespace Warehouse.Data.Allocation;

/// The stock documents the workflow writes itself (dispatch issues, transfer receipts, returns), each with its audit row
/// and, where its kind prints one, its note in the print queue.
public sealed class WorkflowDocuments(WarehouseDbContext db, NumberSequences numbers, BureauClock clock, AuditTrail audit)
{
    public async Task<StockDocument> OpenAsync(DocumentKind kind, StockReason reason, int depotId, string clientId, WorkflowActor actor,
        string note)
    {
        var prefix = StockReasons.NumberPrefix(kind) + clock.Today.ToString("yyyyMMdd");
        // The workflow's own documents live in the product's key space, out of every caller's reach.
        var document = new StockDocument($"{prefix}-{await numbers.NextAsync(prefix, default):0000}", kind, reason, depotId,
            new ClientKey(ClientScopes.Product, clientId), actor.UserName, null, clock.UtcNow, note);
        db.StockDocuments.Add(document);
        NoteQueue.Add(db, document, await PrinterChoice.ForAsync(db, depotId, null));
        audit.Record(AuditActor.Of(actor), kind == DocumentKind.Receipt ? AuditActions.StockReceipt : AuditActions.StockIssue,
            document.Number, note);
        return document;
    }
}
