using Microsoft.EntityFrameworkCore;
using Warehouse.Data.Infrastructure;
using Warehouse.Domain.Common;

namespace Warehouse.Data.Stock;

/// The read side of postings: a posted goods-received or issue note as its lines were written, and the answer a
/// repeated client id gets (the first one, marked as a repeat).
internal sealed class PostedDocuments(WarehouseDbContext db)
{
    /// The answer a client id already got in its caller's scope, marked as a repeat; a refusal when that id was used
    /// for a different request; null when it was never posted.
    public async Task<Outcome<PostedDocument>?> EarlierAsync(ClientKey key, CancellationToken cancellationToken)
    {
        var earlier = await DocumentByClientId.For(db)(db, key.Scope, key.Id, cancellationToken);
        if (earlier is null)
            return null;
        // Documents posted before fingerprints were kept replay as they always did.
        if (earlier.Fingerprint is not null && earlier.Fingerprint != key.Fingerprint)
            return Errors.IdempotencyKeyReused(key.Id);
        if (await LoadAsync(earlier.Id, cancellationToken) is not { } document)
            return null;
        return document with { Replayed = true };
    }

    /// The posted document with its lines in the order they were written; null when there is no such document.
    public async Task<PostedDocument?> LoadAsync(int documentId, CancellationToken cancellationToken)
    {
        var document = await db.StockDocuments.AsNoTracking()
            .Where(d => d.Id == documentId)
            .Select(d => new { d.Id, d.Number, d.Kind, d.Reason, d.DepotId, d.UserName, d.PostedAt, d.ClientId, d.Note })
            .SingleOrDefaultAsync(cancellationToken);
        if (document is null)
            return null;
        var depot = await db.Depots.AsNoTracking().Where(d => d.Id == document.DepotId)
            .Select(d => new { d.Code, d.Name }).SingleAsync(cancellationToken);
        var lines = await (
            from m in db.StockMovements.AsNoTracking()
            where m.DocumentId == documentId
            join b in db.StockBalances on m.BalanceId equals b.Id
            join i in db.Items on m.ItemId equals i.Id
            join l in db.Locations on m.LocationId equals l.Id into locations
            from l in locations.DefaultIfEmpty()
            join bt in db.Batches on m.BatchId equals bt.Id into batches
            from bt in batches.DefaultIfEmpty()
            join u in db.EquipmentUnits on m.EquipmentUnitId equals u.Id into units
            from u in units.DefaultIfEmpty()
            orderby m.Id
            select new PostedLine(i.Code, i.Name, i.Unit, Math.Abs(m.Quantity), m.BalanceAfter, l.Code,
                bt.Number, bt.Lot, bt == null ? null : bt.Expiry, u.AssetNumber, u.SerialNumber, b.Mode))
            .ToListAsync(cancellationToken);
        return new PostedDocument(document.Id, document.Number, document.Kind, document.Reason, depot.Code, depot.Name,
            document.UserName, document.PostedAt, document.ClientId, document.Note, lines);
    }

    // Every posting first asks whether its client id was seen, so compiled once.
    private static readonly CompiledQuery<Func<WarehouseDbContext, string, string, CancellationToken,
        Task<KeyedDocument?>>> DocumentByClientId = new(() =>
        EF.CompileAsyncQuery((WarehouseDbContext db, string scope, string clientId, CancellationToken _) =>
            db.StockDocuments.Where(d => d.ClientScope == scope && d.ClientId == clientId)
                .Select(d => new KeyedDocument(d.Id, d.RequestFingerprint)).SingleOrDefault()));

    private sealed record KeyedDocument(int Id, string? Fingerprint);
}
