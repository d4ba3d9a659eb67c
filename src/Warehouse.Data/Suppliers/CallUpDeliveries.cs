using Microsoft.EntityFrameworkCore;
using Warehouse.Data.Allocation;
using Warehouse.Data.Auditing;
using Warehouse.Data.Infrastructure;
using Warehouse.Data.Stock;
using Warehouse.Domain.Allocation;
using Warehouse.Domain.Auditing;
using Warehouse.Domain.Common;
using Warehouse.Domain.Stock;
using Warehouse.Domain.Suppliers;

namespace Warehouse.Data.Suppliers;

/// A call-up's life after its order: a manager sends the order with its delivery code to the supplier; the goods are
/// confirmed at the site by that code, or received into the depot through the ledger. Each is one transaction.
public sealed class CallUpDeliveries(WarehouseDbContext db, WorkflowDocuments documents, LedgerWriter ledger, AuditTrail audit,
    BureauClock clock)
{
    /// New delivery codes for the order sent to the supplier; the ones sent before stop working.
    public Task<Outcome<(CallUp CallUp, string QrCode, string ShortCode)>> SendAsync(int id, WorkflowActor actor) =>
        Run(async () =>
        {
            if (!actor.IsManager)
                throw new DomainException(Errors.CallUpByManager());
            var callUp = await LoadAsync(id);
            var (qr, shortCode) = callUp.IssueCodes();
            audit.Record(AuditActor.Of(actor), AuditActions.CallUpSent, callUp.Number, null);
            return (callUp, qr, shortCode);
        });

    /// The call-up a scanned order code or a typed short code names, while it awaits delivery at a site.
    public async Task<int?> FindByCodeAsync(string code)
    {
        var text = Dispatch.Normalize(code);
        if (text.Length == 0)
            return null;
        var dot = text.IndexOf('.');
        var candidates = dot > 0
            ? await db.CallUps.AsNoTracking().Where(c => c.Number == text.Substring(0, dot)).ToListAsync()
            : await db.CallUps.AsNoTracking().Where(c => c.ShortCodeHash == Dispatch.HashCode(text)).ToListAsync();
        return candidates.FirstOrDefault(c => c.Matches(code))?.Id;
    }

    /// The supplier's goods reached the site: the requesting department or a manager confirms with the order's code.
    public Task<Outcome<CallUp>> ConfirmAtSiteAsync(string code, string? note, WorkflowActor actor) =>
        Run(async () =>
        {
            var callUp = await LoadAsync(await FindByCodeAsync(code) ?? throw new DomainException(Errors.UnknownCallUpCode(code)));
            var request = await db.AllocationRequests.AsNoTracking().SingleAsync(r => r.Id == callUp.RequestId);
            if (!actor.MayConfirmDelivery(request))
                throw new DomainException(Errors.Forbidden("Only the requesting department or a manager may confirm this delivery."));
            callUp.Deliver(actor.UserName, clock.UtcNow, note);
            audit.Record(AuditActor.Of(actor), AuditActions.CallUpDelivered, callUp.Number, note);
            return callUp;
        });

    /// The supplier's goods arrived at the destination depot: a keeper there posts them in as a receipt of the call-up.
    public Task<Outcome<CallUp>> ReceiveAsync(int id, WorkflowActor actor) =>
        Run(async () =>
        {
            var callUp = await LoadAsync(id);
            if (callUp.DestinationDepotId is not { } depotId)
                throw new DomainException(Errors.CallUpToSite(callUp.Number));
            if (!actor.KeepsDepot(depotId) && !actor.IsManager)
                throw new DomainException(Errors.DepotNotYours(
                    await db.Depots.Where(d => d.Id == depotId).Select(d => d.Code).SingleAsync()));
            var document = await documents.OpenAsync(DocumentKind.Receipt, StockReason.AgreementCallUp, depotId, $"call-up-{callUp.Number}",
                actor, callUp.Number);
            foreach (var line in callUp.Lines)
            {
                // Once called up and received, the goods are the bureau's own.
                var key = new BalanceKey(depotId, null, line.ItemId, null, null, Domain.Catalog.StorageMode.Government);
                var balance = await ledger.BalanceAsync(key, default);
                document.Record(balance, line.Quantity, await ledger.IncreaseAsync(balance.Id, line.Quantity, default));
            }
            callUp.Deliver(actor.UserName, clock.UtcNow, null, document.Number);
            audit.Record(AuditActor.Of(actor), AuditActions.CallUpDelivered, callUp.Number, document.Number);
            return callUp;
        });

    private async Task<CallUp> LoadAsync(int id) =>
        await db.CallUps.Include(c => c.Lines).SingleOrDefaultAsync(c => c.Id == id) ?? throw new DomainException(Errors.UnknownCallUp(id));

    private Task<Outcome<T>> Run<T>(Func<Task<T>> step) => WorkflowTransaction.RunAsync<CallUp, T, T>(db, step, x => x);
}
