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
public sealed class CallUpDeliveries(WarehouseDbContext db, StockPostingService posting, CallUpSettlement settlement, AuditTrail audit,
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
        settlement.RunAsync(async () =>
        {
            var callUp = await LoadAsync(await FindByCodeAsync(code) ?? throw new DomainException(Errors.UnknownCallUpCode(code)));
            var request = await db.AllocationRequests.AsNoTracking().SingleAsync(r => r.Id == callUp.RequestId);
            if (!actor.MayConfirmDelivery(request))
                throw new DomainException(Errors.Forbidden("Only the requesting department or a manager may confirm this delivery."));
            var now = clock.UtcNow;
            callUp.Deliver(actor.UserName, now, note);
            audit.Record(AuditActor.Of(actor), AuditActions.CallUpDelivered, callUp.Number, note);
            await settlement.SettleAsync(callUp, actor, now);
            return callUp;
        });

    /// The supplier's goods arrived at the destination depot: a keeper there posts them in as a goods-received note of the
    /// call-up (reason: agreement call-up), each lot with its expiry and each unit with its serial number, through the same
    /// posting as any receipt; the order must be received whole, as called up. <paramref name="version"/>, when given, is
    /// the order's version on the keeper's page: a changed order is refused.
    public Task<Outcome<CallUp>> ReceiveAsync(int id, int? version, IReadOnlyList<CallUpArrival> arrivals, WorkflowActor actor) =>
        settlement.RunAsync(async () =>
        {
            var ordered = await db.CallUps.AsNoTracking().Include(c => c.Lines).SingleOrDefaultAsync(c => c.Id == id)
                ?? throw new DomainException(Errors.UnknownCallUp(id));
            if (ordered.DestinationDepotId is not { } depotId)
                throw new DomainException(Errors.CallUpToSite(ordered.Number));
            if (!actor.KeepsDepot(depotId) && !actor.IsManager)
                throw new DomainException(Errors.DepotNotYours(
                    await db.Depots.Where(d => d.Id == depotId).Select(d => d.Code).SingleAsync()));
            ordered.EnsureAwaited();
            var ids = ordered.Lines.Select(l => l.ItemId).Concat(arrivals.Select(a => a.ItemId)).Distinct().ToList();
            var items = await db.Items.AsNoTracking().Where(i => ids.Contains(i.Id)).ToDictionaryAsync(i => i.Id);
            if (CallUpArrivals.Check(ordered, arrivals, items) is { } refused)
                throw new DomainException(refused);
            await ClaimAsync(ordered, version ?? ordered.Version);
            var posted = await posting.PostAsync(await ReceiptOfAsync(ordered, depotId, arrivals, actor));
            if (!posted.Succeeded)
                throw new DomainException(posted.Error!);
            var callUp = await LoadAsync(id);
            var now = clock.UtcNow;
            callUp.Deliver(actor.UserName, now, null, posted.Value!.Number);
            audit.Record(AuditActor.Of(actor), AuditActions.CallUpDelivered, callUp.Number, posted.Value.Number);
            await settlement.SettleAsync(callUp, actor, now);
            return callUp;
        });

    /// Holds the order for this receipt before anything is posted: of two keepers receiving it at once, the second finds it
    /// changed (on a server database it waits for the first one's row lock) and posts nothing.
    private async Task ClaimAsync(CallUp callUp, int version)
    {
        var claimed = await db.CallUps.Where(c => c.Id == callUp.Id && c.Version == version && c.State == CallUpState.Ordered)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.Version, c => c.Version + 1));
        if (claimed == 0)
            throw new DomainException(Errors.CallUpChanged(callUp.Number));
    }

    /// The goods-received note of a call-up: in the product's key space (one note per order), its lots from the supplier.
    private async Task<PostingRequest> ReceiptOfAsync(CallUp callUp, int depotId, IReadOnlyList<CallUpArrival> arrivals,
        WorkflowActor actor)
    {
        var supplier = await db.SupplyAgreements.Where(a => a.Id == callUp.AgreementId).Select(a => a.Supplier!.Name).SingleAsync();
        var lines = arrivals.SelectMany(a => a.Serials.Count > 0
                ? a.Serials.Select(serial => new PostingLine(a.ItemId, 1, SerialNumber: serial))
                : [new PostingLine(a.ItemId, a.Quantity, Lot: string.IsNullOrWhiteSpace(a.Lot) ? null : a.Lot.Trim(), Expiry: a.Expiry,
                    Supplier: supplier)])
            .ToList();
        return new PostingRequest(DocumentKind.Receipt, depotId, StockReason.AgreementCallUp, $"call-up-{callUp.Number}", lines,
            Actor.Product(actor.UserName, null), callUp.Number);
    }

    private async Task<CallUp> LoadAsync(int id) =>
        await db.CallUps.Include(c => c.Lines).SingleOrDefaultAsync(c => c.Id == id) ?? throw new DomainException(Errors.UnknownCallUp(id));

    private Task<Outcome<T>> Run<T>(Func<Task<T>> step) => WorkflowTransaction.RunAsync<CallUp, T, T>(db, step, x => x);
}
