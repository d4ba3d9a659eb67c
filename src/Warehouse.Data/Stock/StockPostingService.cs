using Microsoft.EntityFrameworkCore;
using Warehouse.Data.Infrastructure;
using Warehouse.Data.Printing;
using Warehouse.Domain.Auditing;
using Warehouse.Domain.Catalog;
using Warehouse.Domain.Common;
using Warehouse.Domain.Printing;
using Warehouse.Domain.Stock;

namespace Warehouse.Data.Stock;

/// Posts goods-received and issue notes: every line writes ledger rows and moves balances, all in one
/// transaction with the document and its audit row. Decrements are atomic conditional updates, so parallel
/// issues can never take the same units; a repeated client id answers with the first result.
public sealed class StockPostingService(WarehouseDbContext db, NumberSequences numbers, BureauClock clock)
{
    private readonly LedgerWriter _ledger = new(db);

    public async Task<Outcome<PostedDocument>> PostAsync(PostingRequest request, CancellationToken cancellationToken = default,
        bool settingUp = false)
    {
        if (CheckShape(request, settingUp) is { } shapeError)
            return shapeError;
        var key = new ClientKey(request.Actor.ClientScope, request.ClientId, RequestFingerprint.Of(request));
        if (await EarlierAsync(key, cancellationToken) is { } earlier)
            return earlier;

        PostedDocument posted;
        try
        {
            // What only needs reading is read before queueing for the write lock: every other posting waits for the
            // time this one holds it, so that time is kept to the writes.
            var strategy = db.Database.CreateExecutionStrategy();
            posted = await strategy.ExecuteAsync(async () =>
            {
                db.ChangeTracker.Clear();
                var plan = await PlanAsync(request, cancellationToken);
                return await SqliteWriteGate.RunAsync(db, () => PostInTransactionAsync(request, key, plan, cancellationToken), cancellationToken);
            });
        }
        catch (DomainException refused)
        {
            // A repeat that raced its first posting may find the stock it took already gone: it still gets the first answer.
            db.ChangeTracker.Clear();
            return await EarlierAsync(key, cancellationToken) ?? refused.Error;
        }
        catch (DbUpdateException)
        {
            // Two posts of one client id raced; the unique index let the first one in.
            db.ChangeTracker.Clear();
            return await EarlierAsync(key, cancellationToken) ?? Errors.ConcurrentChange();
        }
        db.ChangeTracker.Clear();
        return posted;
    }

    /// The answer a client id already got in its caller's scope, marked as a repeat; a refusal when that id was used
    /// for a different request; null when it was never posted.
    private async Task<Outcome<PostedDocument>?> EarlierAsync(ClientKey key, CancellationToken cancellationToken)
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

    private static DomainError? CheckShape(PostingRequest request, bool settingUp)
    {
        if (!StockRules.IsValidClientId(request.ClientId))
            return Errors.ClientIdInvalid();
        if (!StockReasons.Allows(request.Kind, request.Reason, settingUp))
            return Errors.ReasonNotAllowed(request.Reason.ToString());
        if (request.Lines.Count == 0)
            return Errors.NoLines();
        if (request.Lines.Count > StockRules.MaxLines)
            return Errors.TooManyLines(StockRules.MaxLines);
        return StockRules.CheckText("note", request.Note, StockRules.MaxNoteLength, multiLine: true)
            ?? request.Lines.Select(CheckLine).FirstOrDefault(e => e is not null);
    }

    // The same limits as the columns, so no provider is left to refuse (or silently keep) what is too long.
    private static DomainError? CheckLine(PostingLine line) =>
        StockRules.CheckQuantity(line.Quantity)
        ?? StockRules.CheckText("batch", line.Lot?.Trim(), StockRules.MaxLotLength)
        ?? StockRules.CheckText("supplier", line.Supplier, StockRules.MaxSupplierLength)
        ?? StockRules.CheckText("serial", line.SerialNumber?.Trim(), StockRules.MaxSerialLength);

    /// The reads a posting needs that do not decide who gets the stock: the depot, the items, bins and lots checked,
    /// the printer for its note, and for issues the balances to take from, earliest expiry first. The takes themselves
    /// are conditional updates under the write lock, so a balance that changed since is simply not taken from.
    private async Task<Plan> PlanAsync(PostingRequest request, CancellationToken cancellationToken)
    {
        var depot = await DepotById.For(db)(db, request.DepotId, cancellationToken)
            ?? throw new DomainException(Errors.UnknownDepot(request.DepotId.ToString()));
        var items = await LoadItemsAsync(request, cancellationToken);
        var candidates = new List<Candidate>?[request.Lines.Count];
        for (var i = 0; i < request.Lines.Count; i++)
        {
            var line = request.Lines[i];
            await CheckLocationAsync(depot, line.LocationId, cancellationToken);
            if (request.Kind == DocumentKind.Issue)
                candidates[i] = await PlanIssueAsync(depot, items[line.ItemId], line, request.Reason, cancellationToken);
        }
        var printer = await PrinterChoice.ForAsync(db, depot.Id, request.Actor.StationId, cancellationToken);
        return new Plan(depot, items, candidates, printer);
    }

    private sealed record Plan(DepotRef Depot, Dictionary<int, Item> Items, List<Candidate>?[] Candidates, int? Printer);

    private async Task<PostedDocument> PostInTransactionAsync(PostingRequest request, ClientKey key, Plan plan,
        CancellationToken cancellationToken)
    {
        // The demo seed posts its opening stock inside its own one transaction, so that a killed first start leaves nothing.
        await using var transaction = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
        var depot = plan.Depot;
        var now = clock.UtcNow;
        var prefix = StockReasons.NumberPrefix(request.Kind) + clock.Today.ToString("yyyyMMdd");
        var number = $"{prefix}-{await numbers.NextAsync(prefix, cancellationToken):0000}";
        var document = new StockDocument(number, request.Kind, request.Reason, depot.Id, key,
            request.Actor.UserName, request.Actor.StationId, now, request.Note);
        db.StockDocuments.Add(document);
        // Queued with the document, before a line's SaveChanges (a new balance, lot or unit) could queue it too.
        if (PrintJob.PrintsNote(document))
            db.PrintJobs.Add(PrintJob.ForDocument(document, plan.Printer, now));

        var lines = new List<PostedLine>(request.Lines.Count);
        for (var i = 0; i < request.Lines.Count; i++)
        {
            var line = request.Lines[i];
            var item = plan.Items[line.ItemId];
            if (request.Kind == DocumentKind.Receipt)
                lines.Add(await ReceiveAsync(document, depot, item, line, cancellationToken));
            else
                await IssueAsync(document, depot, item, line, plan.Candidates[i], lines, cancellationToken);
        }

        var action = request.Kind == DocumentKind.Receipt ? AuditActions.StockReceipt : AuditActions.StockIssue;
        var detail = string.Join("; ", request.Lines.Select(l => $"{plan.Items[l.ItemId].Code}×{l.Quantity}"));
        db.AuditEntries.Add(new AuditEntry(now, request.Actor.UserName, action, number,
            $"{depot.Code} {request.Reason}: {detail}", request.Actor.Origin));
        // A failed posting rolls its whole transaction back, so this SaveChanges needs no savepoint of its own.
        db.Database.AutoSavepointsEnabled = false;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        finally
        {
            db.Database.AutoSavepointsEnabled = true;
        }
        if (transaction is not null)
            await transaction.CommitAsync(cancellationToken);
        return new PostedDocument(document.Id, document.Number, document.Kind, document.Reason, depot.Code, depot.Name,
            document.UserName, document.PostedAt, document.ClientId, document.Note, lines);
    }

    private async Task<Dictionary<int, Item>> LoadItemsAsync(PostingRequest request, CancellationToken cancellationToken)
    {
        var items = new Dictionary<int, Item>();
        foreach (var id in request.Lines.Select(l => l.ItemId).Distinct())
            items[id] = await ItemById.For(db)(db, id, cancellationToken) ?? throw new DomainException(Errors.UnknownCode($"#{id}"));
        return items;
    }

    private async Task<PostedLine> ReceiveAsync(StockDocument document, DepotRef depot, Item item, PostingLine line,
        CancellationToken cancellationToken)
    {
        var locationCode = await CheckLocationAsync(depot, line.LocationId, cancellationToken);
        Batch? batch = null;
        EquipmentUnit? unit = null;
        switch (item.Tracking)
        {
            case TrackingMode.None:
                RefuseTrackingFields(item, line);
                break;
            case TrackingMode.Batch:
                batch = await ReceivedBatchAsync(item, line, document.Reason, cancellationToken);
                break;
            case TrackingMode.Serial:
                unit = await ReceivedUnitAsync(depot, item, line, cancellationToken);
                break;
        }

        var key = new BalanceKey(depot.Id, line.LocationId, item.Id, batch?.Id, unit?.Id, line.Mode ?? StorageMode.Government);
        var balance = await _ledger.BalanceAsync(key, cancellationToken);
        var after = await _ledger.IncreaseAsync(balance.Id, line.Quantity, cancellationToken);
        document.Record(balance, line.Quantity, after);
        return new PostedLine(item.Code, item.Name, item.Unit, line.Quantity, after, locationCode, batch?.Number, batch?.Lot,
            batch?.Expiry, unit?.AssetNumber, unit?.SerialNumber, balance.Mode);
    }

    /// Checks an issue line against the catalog and reads the balances it may take from; serial units are read
    /// under the write lock instead, since the unit's own status changes with the issue.
    private async Task<List<Candidate>?> PlanIssueAsync(DepotRef depot, Item item, PostingLine line, StockReason reason,
        CancellationToken cancellationToken)
    {
        if (line.Lot is not null || line.Expiry is not null)
            throw new DomainException(Errors.NotTracked(item.Code, "new lot on issue"));
        if (item.Tracking != TrackingMode.Serial && (line.EquipmentUnitId is not null || line.SerialNumber is not null))
            throw new DomainException(Errors.NotTracked(item.Code, "serial number"));
        if (item.Tracking == TrackingMode.Serial && line.Quantity != 1)
            throw new DomainException(Errors.SerialQuantityMustBeOne(item.Label));
        if (line.BatchId is { } batchId)
            await CheckBatchAsync(item, batchId, reason, cancellationToken);
        return item.Tracking == TrackingMode.Serial ? null : await CandidatesAsync(depot, item, line, null, reason, cancellationToken);
    }

    private async Task<List<Candidate>> CandidatesAsync(DepotRef depot, Item item, PostingLine line, int? unitId, StockReason reason,
        CancellationToken cancellationToken)
    {
        var candidates = new List<Candidate>();
        await foreach (var candidate in CandidatesQuery.For(db)(db, depot.Id, item.Id, line.LocationId, line.BatchId, unitId, line.Mode,
            StockReasons.AllowsExpired(reason), clock.Today).WithCancellation(cancellationToken))
            candidates.Add(candidate);
        return candidates;
    }

    private async Task IssueAsync(StockDocument document, DepotRef depot, Item item, PostingLine line, List<Candidate>? planned,
        List<PostedLine> posted, CancellationToken cancellationToken)
    {
        var unit = await IssuedUnitAsync(depot, item, line, cancellationToken);
        var remaining = await TakeAsync(document, item, line.Quantity, planned ?? [], posted, cancellationToken);
        if (remaining > 0)
        {
            // The balances read before the write lock had changed (or it is a serial unit): read them again under it,
            // where nothing else in this process can change them.
            remaining = await TakeAsync(document, item, remaining,
                await CandidatesAsync(depot, item, line, unit?.Id, document.Reason, cancellationToken), posted, cancellationToken);
        }
        if (remaining > 0)
            throw new DomainException(Errors.NotEnoughStock(item.Label, line.Quantity, line.Quantity - remaining));
        unit?.Issue(document.Reason switch
        {
            StockReason.Scrap => EquipmentStatus.Scrapped,
            StockReason.Loss => EquipmentStatus.Lost,
            _ => EquipmentStatus.Issued,
        });
    }

    /// Takes up to the quantity from the balances in their order; answers how much is still missing.
    private async Task<int> TakeAsync(StockDocument document, Item item, int quantity, List<Candidate> candidates,
        List<PostedLine> posted, CancellationToken cancellationToken)
    {
        var remaining = quantity;
        foreach (var candidate in candidates)
        {
            if (remaining == 0)
                break;
            var take = Math.Min(remaining, candidate.Available);
            if (await _ledger.DecreaseAsync(candidate.Balance.Id, take, cancellationToken) is not { } after)
                continue;
            document.Record(candidate.Balance, -take, after);
            posted.Add(new PostedLine(item.Code, item.Name, item.Unit, take, after, candidate.LocationCode, candidate.BatchNumber,
                candidate.Lot, candidate.Expiry, candidate.AssetNumber, candidate.SerialNumber, candidate.Balance.Mode));
            remaining -= take;
        }
        return remaining;
    }

    private static void RefuseTrackingFields(Item item, PostingLine line)
    {
        if (line.BatchId is not null || line.Lot is not null)
            throw new DomainException(Errors.NotTracked(item.Code, "lot"));
        if (line.EquipmentUnitId is not null || line.SerialNumber is not null)
            throw new DomainException(Errors.NotTracked(item.Code, "serial number"));
    }

    private async Task<Batch> ReceivedBatchAsync(Item item, PostingLine line, StockReason reason, CancellationToken cancellationToken)
    {
        if (line.EquipmentUnitId is not null || line.SerialNumber is not null)
            throw new DomainException(Errors.NotTracked(item.Code, "serial number"));
        if (line.BatchId is { } batchId)
            return await db.Batches.SingleOrDefaultAsync(b => b.Id == batchId && b.ItemId == item.Id, cancellationToken)
                ?? throw new DomainException(Errors.BatchOfOtherItem($"#{batchId}", item.Code));
        if (string.IsNullOrWhiteSpace(line.Lot))
            throw new DomainException(Errors.LotRequired(item.Label));
        var lot = line.Lot.Trim();
        var batch = await db.Batches.SingleOrDefaultAsync(b => b.ItemId == item.Id && b.Lot == lot, cancellationToken);
        if (batch is not null)
        {
            if (line.Expiry is { } expiry && expiry != batch.Expiry)
                throw new DomainException(Errors.ExpiryMismatch(lot, batch.Expiry.ToString("yyyy-MM-dd")));
            return batch;
        }
        if (line.Expiry is not { } newExpiry)
            throw new DomainException(Errors.ExpiryRequired(item.Label));
        // No receipt is a write-off, so expired goods never come in as a new lot; an opening balance (setting up a
        // depot) records what is on the shelves, expired lots included, so they can be scrapped through the ledger.
        if (newExpiry < clock.Today && reason != StockReason.OpeningBalance)
            throw new DomainException(Errors.LotAlreadyExpired(lot, newExpiry.ToString("yyyy-MM-dd")));
        var number = $"B{await numbers.NextAsync("B", cancellationToken):000000}";
        batch = new Batch(number, item, lot, newExpiry, line.Supplier);
        db.Batches.Add(batch);
        await db.SaveChangesAsync(cancellationToken);
        return batch;
    }

    private async Task<EquipmentUnit> ReceivedUnitAsync(DepotRef depot, Item item, PostingLine line, CancellationToken cancellationToken)
    {
        if (line.BatchId is not null || line.Lot is not null)
            throw new DomainException(Errors.NotTracked(item.Code, "lot"));
        if (line.Quantity != 1)
            throw new DomainException(Errors.SerialQuantityMustBeOne(item.Label));
        var unit = line.EquipmentUnitId is { } unitId
            ? await db.EquipmentUnits.SingleOrDefaultAsync(u => u.Id == unitId, cancellationToken)
            : string.IsNullOrWhiteSpace(line.SerialNumber)
                ? throw new DomainException(Errors.SerialRequired(item.Label))
                : await db.EquipmentUnits.SingleOrDefaultAsync(
                    u => u.ItemId == item.Id && u.SerialNumber == line.SerialNumber.Trim().ToUpperInvariant(), cancellationToken);
        if (unit is null)
        {
            if (line.EquipmentUnitId is not null)
                throw new DomainException(Errors.UnknownCode($"#{line.EquipmentUnitId}"));
            var asset = $"EQ{await numbers.NextAsync("EQ", cancellationToken):000000}";
            unit = new EquipmentUnit(asset, item, line.SerialNumber!);
            db.EquipmentUnits.Add(unit);
        }
        else if (unit.ItemId != item.Id)
            throw new DomainException(Errors.UnitOfOtherItem(unit.SerialNumber, item.Code));
        else if (unit.Status == EquipmentStatus.InStock)
            throw new DomainException(Errors.UnitAlreadyInStock(unit.SerialNumber));
        unit.Receive(depot.Id);
        await db.SaveChangesAsync(cancellationToken);
        return unit;
    }

    private async Task<EquipmentUnit?> IssuedUnitAsync(DepotRef depot, Item item, PostingLine line, CancellationToken cancellationToken)
    {
        if (item.Tracking != TrackingMode.Serial)
            return null;
        var serial = line.SerialNumber?.Trim().ToUpperInvariant();
        var unit = line.EquipmentUnitId is { } unitId
            ? await db.EquipmentUnits.SingleOrDefaultAsync(u => u.Id == unitId, cancellationToken)
            : serial is null
                ? throw new DomainException(Errors.SerialRequired(item.Label))
                : await db.EquipmentUnits.SingleOrDefaultAsync(u => u.ItemId == item.Id && u.SerialNumber == serial, cancellationToken);
        if (unit is null)
            throw new DomainException(Errors.UnknownCode(serial ?? $"#{line.EquipmentUnitId}"));
        if (unit.ItemId != item.Id)
            throw new DomainException(Errors.UnitOfOtherItem(unit.SerialNumber, item.Code));
        if (unit.Status != EquipmentStatus.InStock || unit.DepotId != depot.Id)
            throw new DomainException(Errors.UnitNotInStock(unit.SerialNumber, depot.Code));
        return unit;
    }

    private async Task CheckBatchAsync(Item item, int batchId, StockReason reason, CancellationToken cancellationToken)
    {
        var batch = await db.Batches.AsNoTracking().SingleOrDefaultAsync(b => b.Id == batchId, cancellationToken);
        if (batch is null || batch.ItemId != item.Id)
            throw new DomainException(Errors.BatchOfOtherItem(batch?.Number ?? $"#{batchId}", item.Code));
        if (batch.IsExpiredOn(clock.Today) && !StockReasons.AllowsExpired(reason))
            throw new DomainException(Errors.BatchExpired(batch.Number));
    }

    private async Task<string?> CheckLocationAsync(DepotRef depot, int? locationId, CancellationToken cancellationToken)
    {
        if (locationId is not { } id)
            return null;
        if (depot.Locations.TryGetValue(id, out var known))
            return known;
        var location = await db.Locations.AsNoTracking().Where(l => l.Id == id).Select(l => new { l.DepotId, l.Code })
                .SingleOrDefaultAsync(cancellationToken)
            ?? throw new DomainException(Errors.UnknownCode($"#{id}"));
        if (location.DepotId != depot.Id)
            throw new DomainException(Errors.LocationOfOtherDepot(location.Code, depot.Code));
        depot.Locations[id] = location.Code;
        return location.Code;
    }

    // The queries every posting runs are compiled once: as ordinary LINQ queries their expression trees were rebuilt,
    // parameterised and looked up in the query cache each time, which cost more than running their SQL.
    private static readonly CompiledQuery<Func<WarehouseDbContext, string, string, CancellationToken, Task<KeyedDocument?>>> DocumentByClientId = new(() =>
        EF.CompileAsyncQuery((WarehouseDbContext db, string scope, string clientId, CancellationToken _) =>
            db.StockDocuments.Where(d => d.ClientScope == scope && d.ClientId == clientId)
                .Select(d => new KeyedDocument(d.Id, d.RequestFingerprint)).SingleOrDefault()));

    private sealed record KeyedDocument(int Id, string? Fingerprint);

    private static readonly CompiledQuery<Func<WarehouseDbContext, int, CancellationToken, Task<DepotRef?>>> DepotById = new(() =>
        EF.CompileAsyncQuery((WarehouseDbContext db, int id, CancellationToken _) =>
            db.Depots.AsNoTracking().Where(d => d.Id == id).Select(d => new DepotRef(d.Id, d.Code, d.Name)).SingleOrDefault()));

    private static readonly CompiledQuery<Func<WarehouseDbContext, int, CancellationToken, Task<Item?>>> ItemById = new(() =>
        EF.CompileAsyncQuery((WarehouseDbContext db, int id, CancellationToken _) => db.Items.SingleOrDefault(i => i.Id == id)));

    /// The balances an issue may take from, earliest expiry first.
    private static readonly CompiledQuery<Func<WarehouseDbContext, int, int, int?, int?, int?, StorageMode?, bool, DateOnly, IAsyncEnumerable<Candidate>>> CandidatesQuery = new(() =>
        EF.CompileAsyncQuery((WarehouseDbContext db, int depotId, int itemId, int? locationId, int? batchId, int? unitId, StorageMode? mode,
                bool allowExpired, DateOnly today) =>
            from b in db.StockBalances.AsNoTracking()
            where b.DepotId == depotId && b.ItemId == itemId && b.OnHand - b.Reserved > 0
                && (locationId == null || b.LocationId == locationId)
                && (batchId == null || b.BatchId == batchId)
                && (unitId == null || b.EquipmentUnitId == unitId)
                && (mode == null || b.Mode == mode)
            join bt in db.Batches on b.BatchId equals bt.Id into batches
            from bt in batches.DefaultIfEmpty()
            where allowExpired || batchId != null || bt == null || bt.Expiry >= today
            join l in db.Locations on b.LocationId equals l.Id into locations
            from l in locations.DefaultIfEmpty()
            join u in db.EquipmentUnits on b.EquipmentUnitId equals u.Id into units
            from u in units.DefaultIfEmpty()
            orderby bt == null ? DateOnly.MaxValue : bt.Expiry, b.Id
            select new Candidate(b, b.OnHand - b.Reserved, l.Code, bt.Number, bt.Lot, bt == null ? null : bt.Expiry, u.AssetNumber,
                u.SerialNumber)));

    private sealed record Candidate(StockBalance Balance, int Available, string? LocationCode, string? BatchNumber, string? Lot,
        DateOnly? Expiry, string? AssetNumber, string? SerialNumber);

    /// The posting's depot, with the bins already checked against it: the lines of one document often share a bin.
    private sealed record DepotRef(int Id, string Code, string Name)
    {
        public Dictionary<int, string> Locations { get; } = [];
    }
}
