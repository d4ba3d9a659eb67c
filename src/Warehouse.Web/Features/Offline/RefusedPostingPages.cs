using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Warehouse.Data;
using Warehouse.Data.Stock;
using Warehouse.Domain.Common;
using Warehouse.Domain.Stock;
using Warehouse.Web.Features.Api;
using Warehouse.Web.Features.Stock;
using Warehouse.Web.Infrastructure;

namespace Warehouse.Web.Features.Offline;

/// The depot's list of postings refused when a handheld sent them after being offline, and their dismissal.
public sealed class RefusedPostingPages(WarehouseDbContext db, StockQueries queries, CurrentUser user, RefusedPostings refusals,
    BureauClock clock)
{
    private const int ResolvedShown = 20;
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<RefusedPostingsPage> PageAsync(string? depot, CancellationToken cancellationToken)
    {
        var depots = (await queries.DepotOptionsAsync(cancellationToken)).Where(d => user.CanPostAt(d.Id)).ToList();
        var chosen = depots.FirstOrDefault(d => string.Equals(d.Code, depot, StringComparison.OrdinalIgnoreCase))
            ?? depots.FirstOrDefault();
        if (chosen is null)
            return new RefusedPostingsPage(depots, null, [], []);
        var rows = await db.RefusedPostings.AsNoTracking().Where(r => r.DepotId == chosen.Id)
            .OrderBy(r => r.ResolvedAt != null).ThenByDescending(r => r.Id).ToListAsync(cancellationToken);
        return new RefusedPostingsPage(depots, chosen,
            rows.Where(r => !r.Resolved).Select(Row).ToList(),
            rows.Where(r => r.Resolved).Take(ResolvedShown).Select(Row).ToList());
    }

    /// Dismisses the refusal with the keeper's note; returns the depot's code to go back to, or the refusal.
    public async Task<Outcome<string>> DismissAsync(int id, string? note, CancellationToken cancellationToken)
    {
        var refusal = await db.RefusedPostings.SingleOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (refusal is null || !user.CanPostAt(refusal.DepotId))
            return Errors.UnknownRefusal(id);
        var depotCode = await db.Depots.Where(d => d.Id == refusal.DepotId).Select(d => d.Code).SingleAsync(cancellationToken);
        if (await refusals.DismissAsync(refusal, user.UserName, note, cancellationToken) is { } error)
            return new Outcome<string>(depotCode, error);
        return depotCode;
    }

    private RefusedPostingRow Row(RefusedPosting r) => new(r.Id, r.Kind, Dispatch(r.Payload, out var delivery), r.UserName,
        r.ErrorCode, r.Detail, Lines(r.Payload),
        r.QueuedAt is { } queued ? clock.ToLocal(queued) : null, clock.ToLocal(r.RefusedAt),
        r.ResolvedAt is { } resolved ? clock.ToLocal(resolved) : null, r.ResolvedBy, r.ResolutionNote, delivery);

    /// The dispatch number of a refused pick or delivery confirmation (<paramref name="delivery"/> says which); null for a
    /// posting.
    private static string? Dispatch(string payload, out bool delivery)
    {
        delivery = false;
        try
        {
            using var body = JsonDocument.Parse(payload);
            var root = body.RootElement;
            delivery = root.TryGetProperty("kind", out var kind) && kind.ValueKind == JsonValueKind.String
                && kind.GetString() == "delivery";
            return root.TryGetProperty("dispatch", out var number) && number.ValueKind == JsonValueKind.String
                ? number.GetString()
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// The scanned lines as the keeper sent them ("FH-0006 × 5"), read back from the kept body.
    private static IReadOnlyList<string> Lines(string payload)
    {
        try
        {
            var body = JsonSerializer.Deserialize<PostingBody>(payload, Json);
            return (body?.Lines ?? []).Select(l => $"{l.Code} × {l.Quantity}"
                + (string.IsNullOrEmpty(l.Batch) ? "" : $" ({l.Batch})")
                + (string.IsNullOrEmpty(l.Serial) ? "" : $" [{l.Serial}]")).ToList();
        }
        catch (JsonException)
        {
            return [];
        }
    }
}

/// The refused postings of one of the caller's depots: open ones first, then the latest resolved ones.
public sealed record RefusedPostingsPage(IReadOnlyList<DepotOption> Depots, DepotOption? Depot, IReadOnlyList<RefusedPostingRow> Open,
    IReadOnlyList<RefusedPostingRow> Resolved);

/// One refused posting as the page shows it; times in the bureau's zone.
public sealed record RefusedPostingRow(int Id, DocumentKind Kind, string? Dispatch, string UserName, string ErrorCode, string Detail,
    IReadOnlyList<string> Lines, DateTime? QueuedAt, DateTime RefusedAt, DateTime? ResolvedAt, string? ResolvedBy, string? Note,
    bool Delivery = false);
