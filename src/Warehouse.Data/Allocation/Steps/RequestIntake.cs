using Microsoft.EntityFrameworkCore;
using Warehouse.Data.Infrastructure;
using Warehouse.Data.Live;
using Warehouse.Data.Stock;
using Warehouse.Domain.Allocation;
using Warehouse.Domain.Common;
using Warehouse.Domain.Stock;

namespace Warehouse.Data.Allocation.Steps;

/// A request raised through the API: its draft and, when asked, its submission in one transaction, under the caller's
/// client id, so a retry answers the first request and a lost connection never leaves a draft that was meant to go.
public sealed class RequestIntake(WarehouseDbContext db, Drafting drafting, RequestTriggers triggers, IRequestChanges changes,
    BureauClock clock)
{
    /// The request the client id raised: a new one, or the earlier one (marked as a repeat) when the key was seen.
    public async Task<Outcome<RaisedRequest>> RaiseAsync(DraftInput input, bool submit, ClientKey key, WorkflowActor actor,
        int? departmentId)
    {
        if (!StockRules.IsValidClientId(key.Id))
            return Errors.ClientIdInvalid();
        var outcome = await RaiseOnceAsync(input, submit, key, actor, departmentId);
        // Two posts of one client id raced and the unique key let the other in first: this one now finds it and answers it.
        return outcome.Error?.Code == "ConcurrentChange" ? await RaiseOnceAsync(input, submit, key, actor, departmentId) : outcome;
    }

    private async Task<Outcome<RaisedRequest>> RaiseOnceAsync(DraftInput input, bool submit, ClientKey key, WorkflowActor actor,
        int? departmentId)
    {
        try
        {
            var strategy = db.Database.CreateExecutionStrategy();
            var outcome = await strategy.ExecuteAsync(() => SqliteWriteGate.RunAsync(db, () => InTransactionAsync(input, submit, key,
                actor, departmentId), CancellationToken.None));
            if (outcome.Succeeded && !outcome.Value!.Replayed)
                await changes.PublishAsync([new RequestChange(outcome.Value.Id, outcome.Value.Number, outcome.Value.State,
                    RequestChangeKind.Stepped)]);
            return outcome;
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            return Errors.ConcurrentChange();
        }
    }

    private async Task<Outcome<RaisedRequest>> InTransactionAsync(DraftInput input, bool submit, ClientKey key, WorkflowActor actor,
        int? departmentId)
    {
        db.ChangeTracker.Clear();
        await using var transaction = await db.Database.BeginTransactionAsync();
        var earlier = await db.RequestClientKeys.AsNoTracking()
            .Where(k => k.ClientScope == key.Scope && k.ClientId == key.Id)
            .Select(k => new { k.RequestId, k.Fingerprint }).SingleOrDefaultAsync();
        if (earlier is not null)
            return earlier.Fingerprint == key.Fingerprint
                ? await AnswerAsync(earlier.RequestId, replayed: true)
                : Errors.IdempotencyKeyReused(key.Id);
        var drafted = await drafting.SaveDraftAsync(null, null, input, actor, departmentId);
        if (!drafted.Succeeded)
            return drafted.Error!;
        var id = drafted.Value;
        if (submit)
        {
            var version = await db.AllocationRequests.Where(r => r.Id == id).Select(r => r.Version).SingleAsync();
            var submitted = await triggers.FireAsync(id, version, RequestTrigger.Submit, null, actor);
            if (!submitted.Succeeded)
                return submitted.Error!;
        }
        db.ChangeTracker.Clear();
        db.RequestClientKeys.Add(new RequestClientKey(key, id, clock.UtcNow));
        await db.SaveChangesAsync();
        var answer = await AnswerAsync(id, replayed: false);
        await transaction.CommitAsync();
        return answer;
    }

    private async Task<RaisedRequest> AnswerAsync(int id, bool replayed)
    {
        var request = await db.AllocationRequests.AsNoTracking().Where(r => r.Id == id)
            .Select(r => new { r.Number, r.State }).SingleAsync();
        return new RaisedRequest(id, request.Number, request.State, replayed);
    }
}

/// The request a client id raised, and whether this answer repeats an earlier one.
public sealed record RaisedRequest(int Id, string Number, RequestState State, bool Replayed);
