using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Warehouse.Data;
using Warehouse.Data.Infrastructure;
using Warehouse.Data.Stock;
using Warehouse.Domain.Catalog;
using Warehouse.Domain.Common;
using Warehouse.Domain.Stock;
using Warehouse.Hardware.Scanning;
using Warehouse.Web.Features.Offline;
using Warehouse.Web.Infrastructure;

namespace Warehouse.Web.Features.Api;

public sealed class PostingBody
{
    [MaxLength(30)]
    public string? Depot { get; set; }

    [Required]
    public StockReason? Reason { get; set; }

    [Required, MaxLength(64)]
    public string? ClientId { get; set; }

    [MaxLength(StockRules.MaxNoteLength)]
    public string? Note { get; set; }

    /// The place (行政区划) the goods are issued to or came back from, by its code: for an issue to a place or a return.
    [MaxLength(30)]
    public string? Place { get; set; }

    [Required]
    public List<PostingBodyLine>? Lines { get; set; }
}

/// One line as a handheld sends it. Its fields are checked by <see cref="PostingShape"/> after the line count, so a
/// body of a hundred thousand lines is refused for its size, not validated line by line.
public sealed class PostingBodyLine
{
    public string? Code { get; set; }

    public int Quantity { get; set; }

    public string? Batch { get; set; }

    public DateOnly? Expiry { get; set; }

    public string? Location { get; set; }

    public string? Serial { get; set; }

    public string? Supplier { get; set; }

    public StorageMode? Mode { get; set; }
}

/// Turns what a scanner or a handheld sends (codes, not ids) into a posting, checking the depot is the
/// caller's own, and posts it.
public sealed class PostingApiService(WarehouseDbContext db, CodeLookup lookup, CurrentUser user, StockPostingService posting,
    OfflineReplays offline)
{
    /// Posts the body; a posting the device queued while offline (<paramref name="queuedAt"/> given) that is refused now is
    /// also kept for the depot's keepers to resolve.
    public async Task<Outcome<PostedDocument>> PostAsync(DocumentKind kind, PostingBody body, CancellationToken cancellationToken,
        DateTimeOffset? queuedAt = null)
    {
        var outcome = await PostOnceAsync(kind, body, cancellationToken);
        if (!outcome.Succeeded && queuedAt is not null)
            await offline.KeepRefusalAsync(kind, body, outcome.Error!, queuedAt.Value, cancellationToken);
        return outcome;
    }

    private async Task<Outcome<PostedDocument>> PostOnceAsync(DocumentKind kind, PostingBody body, CancellationToken cancellationToken)
    {
        // Everything that needs no database is checked before anything is looked up.
        if (PostingShape.Check(body) is { } shapeError)
            return shapeError;
        var depot = await DepotAsync(body.Depot, cancellationToken);
        if (!depot.Succeeded)
            return depot.Error!;
        var depotId = depot.Value!.Id;
        if (!user.CanPostAt(depotId))
            return Errors.DepotNotYours(depot.Value.Code);

        var lines = new List<PostingLine>();
        var known = new KnownCodes();
        foreach (var line in body.Lines ?? [])
        {
            var resolved = await LineAsync(depot.Value, line, known, cancellationToken);
            if (!resolved.Succeeded)
                return resolved.Error!;
            lines.Add(resolved.Value!);
        }
        int? placeId = null;
        if (!string.IsNullOrWhiteSpace(body.Place))
        {
            var code = body.Place.Trim().ToUpperInvariant();
            placeId = await db.Places.Where(p => p.Code == code).Select(p => (int?)p.Id).FirstOrDefaultAsync(cancellationToken);
            if (placeId is null)
                return Errors.UnknownPlace(body.Place);
        }
        var request = new PostingRequest(kind, depotId, body.Reason!.Value, body.ClientId!, lines, user.ToActor(), body.Note, placeId);
        return await posting.PostAsync(request, cancellationToken);
    }

    private async Task<Outcome<Depot>> DepotAsync(string? code, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            if (user.StationId is not null && user.Depots.Count == 1
                && await DepotById.For(db)(db, user.Depots[0], cancellationToken) is { } stationDepot)
                return stationDepot;
            return Errors.UnknownDepot("");
        }
        var normalized = code.Trim().ToUpperInvariant();
        var depot = await db.Depots.AsNoTracking().SingleOrDefaultAsync(d => d.Code == normalized, cancellationToken);
        return depot is null ? Errors.UnknownDepot(code) : depot;
    }

    private static readonly CompiledQuery<Func<WarehouseDbContext, int, CancellationToken, Task<Depot?>>> DepotById = new(() =>
        EF.CompileAsyncQuery((WarehouseDbContext db, int id, CancellationToken _) =>
            db.Depots.AsNoTracking().SingleOrDefault(d => d.Id == id)));

    /// The codes and bins a note's earlier lines already looked up: a 500-line note names the same items and bins many
    /// times, and each look-up is a few queries.
    private sealed class KnownCodes
    {
        public Dictionary<string, CodeInfo> Codes { get; } = new(StringComparer.Ordinal);
        public Dictionary<string, Outcome<int>> Locations { get; } = new(StringComparer.Ordinal);
    }

    private async Task<Outcome<PostingLine>> LineAsync(Depot depot, PostingBodyLine line, KnownCodes known,
        CancellationToken cancellationToken)
    {
        var raw = line.Code ?? "";
        if (!known.Codes.TryGetValue(raw, out var info))
            known.Codes[raw] = info = await lookup.IdentifyAsync(raw, cancellationToken);
        if (info.Refusal() is { } refusal)
            return refusal;
        if (info.Kind == CodeKinds.Location)
            return Errors.CodeIsNotItem(info.Code);
        if (info.Item is null)
            return Errors.UnknownCode(info.Code);

        int? locationId = null;
        if (!string.IsNullOrWhiteSpace(line.Location))
        {
            if (!known.Locations.TryGetValue(line.Location, out var location))
                known.Locations[line.Location] = location = await LocationAsync(depot, line.Location, cancellationToken);
            if (!location.Succeeded)
                return location.Error!;
            locationId = location.Value;
        }

        var batchId = info.Batch?.Id;
        var lot = info.Batch is null ? info.Scanned?.Lot : null;
        if (!string.IsNullOrWhiteSpace(line.Batch))
        {
            var text = line.Batch.Trim();
            var held = await db.Batches.AsNoTracking()
                .Where(b => b.ItemId == info.Item.Id && (b.Number == text.ToUpper() || b.Lot == text))
                .Select(b => (int?)b.Id).FirstOrDefaultAsync(cancellationToken);
            (batchId, lot) = held is null ? ((int?)null, text) : (held, (string?)null);
        }
        var serial = line.Serial?.Trim() ?? (info.Unit is null ? info.Scanned?.Serial : null);
        return new PostingLine(info.Item.Id, line.Quantity, locationId, batchId, lot, line.Expiry ?? info.Scanned?.Expiry,
            line.Supplier, info.Unit?.Id, serial, line.Mode);
    }

    private async Task<Outcome<int>> LocationAsync(Depot depot, string text, CancellationToken cancellationToken)
    {
        var code = OwnCodes.KeyOf(OwnCodeKind.Location, text);
        var location = await db.Locations.AsNoTracking()
            .Where(l => l.Code == code || (l.DepotId == depot.Id && l.Bin == code))
            .Select(l => new { l.Id, l.DepotId, l.Code }).FirstOrDefaultAsync(cancellationToken);
        if (location is null)
            return Errors.UnknownCode(text);
        if (location.DepotId != depot.Id)
            return Errors.LocationOfOtherDepot(location.Code, depot.Code);
        return location.Id;
    }
}
