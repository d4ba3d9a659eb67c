using Microsoft.EntityFrameworkCore;
using Warehouse.Data.Auditing;
using Warehouse.Data.Infrastructure;
using Warehouse.Data.Printing;
using Warehouse.Data.Readiness;
using Warehouse.Domain.Auditing;
using Warehouse.Domain.Common;
using Warehouse.Domain.Printing;
using Warehouse.Domain.Stock;

namespace Warehouse.Data.Stock;

/// Posts goods-received and issue notes: every line writes ledger rows and moves balances, all in one
/// transaction with the document and its audit row. Decrements are atomic conditional updates, so parallel
/// issues can never take the same units; a repeated client id answers with the first result.
/// The steps: <see cref="PostingShape"/> checks the request, <see cref="PostedDocuments"/> answers replays,
/// <see cref="PostingPlanner"/> reads before the write lock, <see cref="ReceiptPosting"/> and
/// <see cref="IssuePosting"/> write the lines.
public sealed class StockPostingService
{
    private readonly WarehouseDbContext _db;
    private readonly NumberSequences _numbers;
    private readonly BureauClock _clock;
    private readonly PostedDocuments _posted;
    private readonly PostingPlanner _planner;
    private readonly ReceiptPosting _receipts;
    private readonly IssuePosting _issues;
    private readonly AuditTrail _audit;

    public StockPostingService(WarehouseDbContext db, NumberSequences numbers, BureauClock clock)
    {
        var ledger = new LedgerWriter(db);
        (_db, _numbers, _clock) = (db, numbers, clock);
        _posted = new PostedDocuments(db);
        _issues = new IssuePosting(db, ledger, clock);
        _planner = new PostingPlanner(db, _issues, clock);
        _receipts = new ReceiptPosting(db, new ReceiptTracking(db, numbers, clock));
        _audit = new AuditTrail(db, clock);
    }

    public async Task<Outcome<PostedDocument>> PostAsync(PostingRequest request, CancellationToken cancellationToken = default,
        bool settingUp = false)
    {
        if (PostingShape.Check(request, settingUp) is { } shapeError)
            return Refused(shapeError);
        var key = new ClientKey(request.Actor.ClientScope, request.ClientId, RequestFingerprint.Of(request));
        if (await _posted.EarlierAsync(key, cancellationToken) is { } earlier)
            return earlier;

        // Inside a caller's transaction (a call-up's receipt, the demo seed) a refused posting's half-written rows stay visible
        // until the caller rolls back: they must not be taken for an earlier posting of the same client id.
        var joined = _db.Database.CurrentTransaction is not null;
        PostedDocument posted;
        try
        {
            // What only needs reading is read before queueing for the write lock: every other posting waits for the
            // time this one holds it, so that time is kept to the writes.
            var strategy = _db.Database.CreateExecutionStrategy();
            posted = await strategy.ExecuteAsync(async () =>
            {
                _db.ChangeTracker.Clear();
                var plan = await _planner.PlanAsync(request, cancellationToken);
                return await SqliteWriteGate.RunAsync(_db, () => PostInTransactionAsync(request, key, plan, cancellationToken),
                    cancellationToken);
            });
        }
        catch (DomainException refused)
        {
            // A repeat that raced its first posting may find the stock it took already gone: it still gets the first answer.
            _db.ChangeTracker.Clear();
            return joined ? Refused(refused.Error) : await _posted.EarlierAsync(key, cancellationToken) ?? Refused(refused.Error);
        }
        catch (DbUpdateException)
        {
            // Two posts of one client id raced; the unique index let the first one in.
            _db.ChangeTracker.Clear();
            return joined ? Refused(Errors.ConcurrentChange())
                : await _posted.EarlierAsync(key, cancellationToken) ?? Refused(Errors.ConcurrentChange());
        }
        _db.ChangeTracker.Clear();
        WarehouseMeter.Posted(request.Kind.ToString());
        return posted;
    }

    private static DomainError Refused(DomainError error)
    {
        WarehouseMeter.Refused("posting", error.Code);
        return error;
    }

    /// A posted document as its lines were written; null when there is no such document.
    public Task<PostedDocument?> LoadAsync(int documentId, CancellationToken cancellationToken) =>
        _posted.LoadAsync(documentId, cancellationToken);

    private async Task<PostedDocument> PostInTransactionAsync(PostingRequest request, ClientKey key, PostingPlan plan,
        CancellationToken cancellationToken)
    {
        // The demo seed posts its opening stock inside its own one transaction, so that a killed first start leaves nothing.
        await using var transaction = _db.Database.CurrentTransaction is null ? await _db.Database.BeginTransactionAsync(cancellationToken)
            : null;
        var document = await NewDocumentAsync(request, key, plan, cancellationToken);
        var lines = request.Kind == DocumentKind.Receipt
            ? await _receipts.ReceiveAsync(document, plan.Depot, plan.Items, request.Lines, request.Reason, cancellationToken)
            : await IssueLinesAsync(request, plan, document, cancellationToken);
        Audit(request, plan, document);
        // A failed posting rolls its whole transaction back, so this SaveChanges needs no savepoint of its own.
        _db.Database.AutoSavepointsEnabled = false;
        try
        {
            await _db.SaveChangesAsync(cancellationToken);
        }
        finally
        {
            _db.Database.AutoSavepointsEnabled = true;
        }
        if (transaction is not null)
            await transaction.CommitAsync(cancellationToken);
        return new PostedDocument(document.Id, document.Number, document.Kind, document.Reason, plan.Depot.Code, plan.Depot.Name,
            document.UserName, document.PostedAt, document.ClientId, document.Note, lines);
    }

    private async Task<List<PostedLine>> IssueLinesAsync(PostingRequest request, PostingPlan plan, StockDocument document,
        CancellationToken cancellationToken)
    {
        var lines = new List<PostedLine>(request.Lines.Count);
        for (var i = 0; i < request.Lines.Count; i++)
        {
            var (line, item) = (request.Lines[i], plan.Items[request.Lines[i].ItemId]);
            await _issues.IssueAsync(document, plan.Depot, item, line, plan.Candidates[i], lines, cancellationToken);
        }
        return lines;
    }

    /// The numbered document, with its note queued for printing.
    private async Task<StockDocument> NewDocumentAsync(PostingRequest request, ClientKey key, PostingPlan plan,
        CancellationToken cancellationToken)
    {
        var now = _clock.UtcNow;
        var prefix = StockReasons.NumberPrefix(request.Kind) + _clock.Today.ToString("yyyyMMdd");
        var number = $"{prefix}-{await _numbers.NextAsync(prefix, cancellationToken):0000}";
        var document = new StockDocument(number, request.Kind, request.Reason, plan.Depot.Id, key,
            request.Actor.UserName, request.Actor.StationId, now, request.Note);
        _db.StockDocuments.Add(document);
        NoteQueue.Add(_db, document, plan.Printer);
        await PlaceDocuments.LinkAsync(_db, document, request.PlaceId, cancellationToken);
        return document;
    }

    private void Audit(PostingRequest request, PostingPlan plan, StockDocument document)
    {
        var action = request.Kind == DocumentKind.Receipt ? AuditActions.StockReceipt : AuditActions.StockIssue;
        var detail = string.Join("; ", request.Lines.Select(l => $"{plan.Items[l.ItemId].Code}×{l.Quantity}"));
        _audit.Record(AuditActor.Of(request.Actor), action, document.Number, $"{plan.Depot.Code} {request.Reason}: {detail}",
            document.PostedAt);
    }
}
