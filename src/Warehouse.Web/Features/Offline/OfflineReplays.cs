using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Warehouse.Data;
using Warehouse.Data.Stock;
using Warehouse.Domain.Common;
using Warehouse.Domain.Stock;
using Warehouse.Web.Features.Allocation.Delivery;
using Warehouse.Web.Features.Api;
using Warehouse.Web.Infrastructure;

namespace Warehouse.Web.Features.Offline;

/// Keeps the refusal of a posting a handheld queued while offline, so that the depot's keepers see it on the server as
/// well as on the device. Only a refusal that names one of the caller's depots and a valid client id can be kept.
public sealed class OfflineReplays(WarehouseDbContext db, CurrentUser user, RefusedPostings refusals,
    IStringLocalizer<SharedResource> localizer)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task KeepRefusalAsync(DocumentKind kind, PostingBody body, DomainError error, DateTimeOffset queuedAt,
        CancellationToken cancellationToken)
    {
        if (!StockRules.IsValidClientId(body.ClientId) || await DepotIdAsync(body.Depot, cancellationToken) is not { } depotId
            || !user.CanPostAt(depotId))
            return;
        var payload = JsonSerializer.Serialize(body, Json);
        await refusals.RecordAsync(new RefusedPostings.Refusal(depotId, kind, user.ToActor(), body.ClientId!, error,
            ApiProblems.Localize(error, localizer), payload, queuedAt.UtcDateTime), cancellationToken);
    }

    /// Keeps the refusal of a pick queued offline under the dispatch's source depot, in the shape of a posting body (its
    /// one line), with the dispatch's number, so the depot's page lists it with the refused postings.
    public async Task KeepPickRefusalAsync(int dispatchId, PickBody body, DomainError error, DateTimeOffset queuedAt,
        CancellationToken cancellationToken)
    {
        var dispatch = await db.Dispatches.AsNoTracking().Where(d => d.Id == dispatchId)
            .Select(d => new { d.Number, d.SourceDepotId }).SingleOrDefaultAsync(cancellationToken);
        if (!StockRules.IsValidClientId(body.ClientId) || dispatch is null || !user.CanPostAt(dispatch.SourceDepotId))
            return;
        var payload = JsonSerializer.Serialize(new RefusedPick(dispatch.Number, body.ClientId!,
            [new RefusedPickLine(body.Code, body.Quantity, body.Location)], body.FefoOverride), Json);
        await refusals.RecordAsync(new RefusedPostings.Refusal(dispatch.SourceDepotId, DocumentKind.Issue, user.ToActor(), body.ClientId!,
            error, ApiProblems.Localize(error, localizer), payload, queuedAt.UtcDateTime), cancellationToken);
    }

    /// Keeps the refusal of a delivery confirmation queued offline under the depot that sent the goods (a transfer's under
    /// the receiving depot), with the dispatch's number and the receiver's name; the signature itself is not kept.
    public async Task KeepDeliveryRefusalAsync(int dispatchId, QueuedDelivery body, DomainError error, DateTimeOffset queuedAt,
        CancellationToken cancellationToken)
    {
        var dispatch = await db.Dispatches.AsNoTracking().Where(d => d.Id == dispatchId)
            .Select(d => new { d.Number, Depot = d.Request!.DestinationDepotId ?? d.SourceDepotId }).SingleAsync(cancellationToken);
        if (!StockRules.IsValidClientId(body.ClientId))
            return;
        var payload = JsonSerializer.Serialize(new RefusedDelivery(dispatch.Number, body.ClientId!, body.Signer,
            body.ConfirmedAt), Json);
        await refusals.RecordAsync(new RefusedPostings.Refusal(dispatch.Depot, DocumentKind.Receipt, user.ToActor(), body.ClientId!,
            error, ApiProblems.Localize(error, localizer), payload, queuedAt.UtcDateTime), cancellationToken);
    }

    private async Task<int?> DepotIdAsync(string? code, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(code))
            return user.StationId is not null && user.Depots.Count == 1 ? user.Depots[0] : null;
        var normalized = code.Trim().ToUpperInvariant();
        return await db.Depots.AsNoTracking().Where(d => d.Code == normalized).Select(d => (int?)d.Id)
            .FirstOrDefaultAsync(cancellationToken);
    }
}

/// A refused pick as kept: a posting body's lines plus the dispatch it was picked for.
public sealed record RefusedPick(string Dispatch, string ClientId, IReadOnlyList<RefusedPickLine> Lines, string? FefoOverride);

/// A refused delivery confirmation as kept: the dispatch, the receiver's name and when the device confirmed it.
public sealed record RefusedDelivery(string Dispatch, string ClientId, string? Receiver, DateTimeOffset? ConfirmedAt)
{
    public string Kind => "delivery";
}

public sealed record RefusedPickLine(string? Code, int Quantity, string? Location);
