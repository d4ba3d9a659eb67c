using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Warehouse.Data;
using Warehouse.Data.Stock;
using Warehouse.Domain.Common;
using Warehouse.Domain.Stock;
using Warehouse.Web.Infrastructure;

namespace Warehouse.Web.Features.Admin.Import;

/// A goods-received note the import posted, for the page to link to.
public sealed record PostedOpening(int Id, string Number, string DepotCode, int Lines);

/// Posts a confirmed workbook's new opening stock through the posting service, one opening-balance note per depot, inside
/// the import's transaction: the ledger and the balances move together, numbered, audited and printable like any note.
/// Each note's client id is made from what it posts, in the product's own scope: if two confirmations of the same
/// file race, the second is answered with the first note instead of posting again.
public sealed class OpeningStockWriter(WarehouseDbContext db, StockPostingService posting, CurrentUser user,
    IStringLocalizer<SharedResource> localizer)
{
    public async Task<IReadOnlyList<PostedOpening>> PostAsync(ImportPlan plan, CancellationToken cancellationToken)
    {
        if (plan.OpeningStock.Count == 0)
            return [];
        var depots = await db.Depots.AsNoTracking().ToDictionaryAsync(d => d.Code, d => d.Id, StringComparer.OrdinalIgnoreCase,
            cancellationToken);
        var locations = await db.Locations.AsNoTracking().ToDictionaryAsync(l => l.Code, l => l.Id, StringComparer.OrdinalIgnoreCase,
            cancellationToken);
        var codes = plan.OpeningStock.Select(s => s.ItemCode).Distinct().ToList();
        var items = await db.Items.AsNoTracking().Where(i => codes.Contains(i.Code))
            .ToDictionaryAsync(i => i.Code, i => i.Id, StringComparer.OrdinalIgnoreCase, cancellationToken);
        var actor = Actor.Product(user.UserName, user.ToActor().Origin);
        var posted = new List<PostedOpening>();
        foreach (var depot in plan.OpeningStock.GroupBy(s => s.DepotCode, StringComparer.OrdinalIgnoreCase))
        {
            var lines = depot.Select(s => new PostingLine(items[s.ItemCode], s.Quantity,
                s.LocationCode is { } location ? locations[location] : null, Lot: s.Lot, Expiry: s.Expiry, SerialNumber: s.Serial,
                Mode: s.Mode)).ToList();
            var request = new PostingRequest(DocumentKind.Receipt, depots[depot.Key], StockReason.OpeningBalance, "", lines, actor,
                localizer["Import.OpeningNote"].Value);
            request = request with { ClientId = $"opening-{RequestFingerprint.Of(request)[..48]}" };
            var outcome = await posting.PostAsync(request, cancellationToken, settingUp: true);
            if (!outcome.Succeeded)
                throw new DomainException(outcome.Error!);
            posted.Add(new PostedOpening(outcome.Value!.Id, outcome.Value.Number, depot.Key, lines.Count));
        }
        return posted;
    }
}
