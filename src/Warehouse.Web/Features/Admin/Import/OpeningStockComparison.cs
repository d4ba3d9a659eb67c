using Microsoft.Extensions.Localization;
using Warehouse.Data;
using Warehouse.Domain.Catalog;
using Warehouse.Domain.Common;
using Warehouse.Web.Infrastructure;

namespace Warehouse.Web.Features.Admin.Import;

/// Checks each opening-stock draft against the catalog (the database's and this workbook's) and against the stock
/// already held. A line held with the same quantity is unchanged, so the same file uploaded twice posts nothing; a line
/// held with another quantity is refused (an opening balance never changes stock on hand); anything else is added.
public static class OpeningStockComparison
{
    public static async Task ClassifyAsync(WarehouseDbContext db, ImportPlan plan, IStringLocalizer localizer, DateOnly today,
        CancellationToken cancellationToken)
    {
        if (plan.OpeningStock.Count == 0)
            return;
        var held = await OpeningStockHoldings.ReadAsync(db, plan, cancellationToken);
        var sheet = localizer[ImportKind.OpeningStock.SheetKey].Value;
        var fileLots = new Dictionary<(string, string), DateOnly?>();
        var adds = new List<OpeningStockDraft>();
        var seen = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var draft in plan.OpeningStock)
        {
            var location = ResolveLocation(draft, held, out var refusal);
            var line = draft with { LocationCode = location };
            refusal ??= Check(line, held, fileLots, today)
                ?? (seen.TryGetValue(line.Key, out var first) ? Errors.ImportStockLineDuplicated(first.ToString()) : null);
            var onHand = held.OnHand.GetValueOrDefault(line.Key);
            if (refusal is null && onHand > 0 && onHand != line.Quantity)
                refusal = Errors.ImportStockDiffers(onHand.ToString());
            if (refusal is null && onHand == 0 && line.Serial is { } serial && held.UnitsInStock.Contains($"{line.ItemCode}/{serial}"))
                refusal = Errors.UnitAlreadyInStock(serial);
            if (refusal is not null)
            {
                plan.Refuse(sheet, draft.Row, line.Code, ApiProblems.Localize(refusal, localizer));
                continue;
            }
            seen[line.Key] = draft.Row;
            plan.Mark(ImportKind.OpeningStock, sheet, draft.Row, line.Code, onHand == 0 ? RowAction.Add : RowAction.Unchanged);
            if (onHand == 0)
                adds.Add(line);
        }
        plan.OpeningStock.Clear();
        plan.OpeningStock.AddRange(adds);
    }

    /// The location's code: as written, or the depot's code and the bin; refused when neither is known or it is another depot's.
    private static string? ResolveLocation(OpeningStockDraft draft, OpeningStockHoldings held, out DomainError? refusal)
    {
        refusal = !held.Depots.Contains(draft.DepotCode) ? Errors.ImportUnknownDepot(draft.DepotCode) : null;
        var written = draft.LocationCode;
        if (refusal is not null || written is null)
            return written;
        var code = held.LocationDepots.ContainsKey(written) ? written : $"{draft.DepotCode}-{written}";
        if (!held.LocationDepots.TryGetValue(code, out var depot))
            refusal = Errors.ImportUnknownLocation(written);
        else if (!string.Equals(depot, draft.DepotCode, StringComparison.OrdinalIgnoreCase))
            refusal = Errors.LocationOfOtherDepot(code, draft.DepotCode);
        return code;
    }

    /// The item's tracking rules, and for a lot its expiry: the one the lot already has, the same on every row of the
    /// file, and for stock coming in not already past.
    private static DomainError? Check(OpeningStockDraft line, OpeningStockHoldings held, Dictionary<(string, string), DateOnly?> fileLots,
        DateOnly today)
    {
        if (!held.Items.TryGetValue(line.ItemCode, out var item))
            return Errors.ImportUnknownItem(line.ItemCode);
        if (item.CheckReceipt(line.Quantity, null, line.Lot, null, line.Serial) is { } refused)
            return refused;
        if (item.Tracking != TrackingMode.Batch || line.Lot is not { } lot)
            return null;
        if (held.Lots.TryGetValue((line.ItemCode, lot), out var expiry))
            return line.Expiry is { } given && given != expiry ? Errors.ExpiryMismatch(lot, expiry.ToString("yyyy-MM-dd"))
                : held.OnHand.ContainsKey(line.Key) || expiry >= today ? null
                : Errors.LotAlreadyExpired(lot, expiry.ToString("yyyy-MM-dd"));
        if (fileLots.TryGetValue((line.ItemCode, lot), out var first) && first != line.Expiry)
            return Errors.ExpiryMismatch(lot, first?.ToString("yyyy-MM-dd") ?? "");
        fileLots[(line.ItemCode, lot)] = line.Expiry;
        return item.CheckNewLot(lot, line.Expiry, today, openingBalance: false);
    }
}
