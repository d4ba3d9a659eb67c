using Microsoft.EntityFrameworkCore;
using Warehouse.Data;
using Warehouse.Data.Infrastructure;
using Warehouse.Domain.Catalog;
using Warehouse.Hardware.Scanning;
using Warehouse.Web.Infrastructure;

namespace Warehouse.Web.Features.Api;

/// Says what a scanned or typed code stands for: an item (by our code, a GTIN or a GS1 string), a location,
/// a batch, an equipment unit, or nothing we know.
public sealed class CodeLookup(WarehouseDbContext db, CurrentUser user)
{
    /// What the code stands for, and the stock of its item in the depots the caller may see.
    public async Task<CodeInfo> ResolveAsync(string raw, CancellationToken cancellationToken)
    {
        var info = await IdentifyAsync(raw, cancellationToken);
        return info.Item is null ? info : info with { Stock = await StockOfAsync(info.Item.Id, cancellationToken) };
    }

    /// What the code stands for, without the stock figures: enough for posting a scan.
    public async Task<CodeInfo> IdentifyAsync(string raw, CancellationToken cancellationToken)
    {
        var parsed = ScanParser.Parse(raw);
        if (parsed.Error is { } error)
            return CodeInfo.Unknown(raw, error.Message) with { ScanProblem = error.Kind };
        var info = parsed.Payload switch
        {
            OwnCode own => await ResolveOwnAsync(own, cancellationToken),
            Gs1Code gs1 => await ResolveGs1Async(gs1, cancellationToken),
            RetailCode retail => await ItemInfoAsync(i => i.Gtin == retail.Gtin14, cancellationToken),
            PlainCode plain => await ResolvePlainAsync(plain.Text, cancellationToken),
            _ => null,
        };
        return (info ?? CodeInfo.Unknown(raw, null)) with { Code = raw.Trim() };
    }

    /// The location a bin code names (printed with its W?- prefix or typed bare); null when there is none.
    public async Task<int?> LocationIdAsync(string code, CancellationToken cancellationToken)
    {
        var key = OwnCodes.KeyOf(OwnCodeKind.Location, code);
        return await db.Locations.Where(l => l.Code == key).Select(l => (int?)l.Id).FirstOrDefaultAsync(cancellationToken);
    }

    private async Task<CodeInfo?> ResolveOwnAsync(OwnCode own, CancellationToken cancellationToken) => own.Kind switch
    {
        OwnCodeKind.Item => await ItemByCodeAsync(own.Key, cancellationToken),
        OwnCodeKind.Location => await LocationInfoAsync(own.Key, cancellationToken),
        OwnCodeKind.Batch => await BatchInfoAsync(b => b.Number == own.Key, cancellationToken),
        OwnCodeKind.EquipmentUnit => await UnitInfoAsync(u => u.AssetNumber == own.Key, cancellationToken),
        _ => null,
    };

    private async Task<CodeInfo?> ResolveGs1Async(Gs1Code gs1, CancellationToken cancellationToken)
    {
        var info = await ItemInfoAsync(i => i.Gtin == gs1.Gtin14, cancellationToken);
        if (info?.Item is null)
            return null;
        var scanned = new ScannedDetails(gs1.Lot, gs1.Expiry, gs1.Serial, gs1.Count);
        if (gs1.Serial is { } serial
            && await UnitInfoAsync(u => u.ItemId == info.Item.Id && u.SerialNumber == serial.ToUpperInvariant(),
                cancellationToken) is { } unit)
            return unit with { Scanned = scanned };
        if (gs1.Lot is { } lot && await BatchInfoAsync(b => b.ItemId == info.Item.Id && b.Lot == lot, cancellationToken) is { } batch)
            return batch with { Scanned = scanned };
        return info with { Scanned = scanned };
    }

    private async Task<CodeInfo?> ResolvePlainAsync(string text, CancellationToken cancellationToken)
    {
        var code = text.Trim().ToUpperInvariant();
        return await ItemByCodeAsync(code, cancellationToken)
            ?? await LocationInfoAsync(code, cancellationToken)
            ?? await BatchInfoAsync(b => b.Number == code, cancellationToken)
            ?? await UnitInfoAsync(u => u.AssetNumber == code || u.SerialNumber == code, cancellationToken);
    }

    /// Our own item codes are what most scans are, so their look-up is compiled once.
    private async Task<CodeInfo?> ItemByCodeAsync(string code, CancellationToken cancellationToken)
    {
        var item = await ItemByCode.For(db)(db, code, cancellationToken);
        return item is null ? null : new CodeInfo(CodeKinds.Item, "", item);
    }

    private static readonly CompiledQuery<Func<WarehouseDbContext, string, CancellationToken, Task<ItemSummary?>>> ItemByCode = new(() =>
        EF.CompileAsyncQuery((WarehouseDbContext db, string code, CancellationToken _) =>
            db.Items.AsNoTracking().Where(i => i.Code == code).Select(ItemSummary.Projection).FirstOrDefault()));

    private async Task<CodeInfo?> ItemInfoAsync(System.Linq.Expressions.Expression<Func<Item, bool>> match,
        CancellationToken cancellationToken)
    {
        var item = await db.Items.AsNoTracking().Where(match).Select(ItemSummary.Projection).FirstOrDefaultAsync(cancellationToken);
        return item is null ? null : new CodeInfo(CodeKinds.Item, "", item);
    }

    private async Task<CodeInfo?> LocationInfoAsync(string code, CancellationToken cancellationToken)
    {
        var location = await db.Locations.AsNoTracking().Where(l => l.Code == code)
            .Select(l => new LocationSummary(l.Id, l.Code, l.DepotId, l.Depot!.Code, l.Depot.Name))
            .FirstOrDefaultAsync(cancellationToken);
        return location is null ? null : new CodeInfo(CodeKinds.Location, "", null) { Location = location };
    }

    private async Task<CodeInfo?> BatchInfoAsync(System.Linq.Expressions.Expression<Func<Batch, bool>> match,
        CancellationToken cancellationToken)
    {
        var batch = await db.Batches.AsNoTracking().Where(match)
            .Select(b => new { Summary = new BatchSummary(b.Id, b.Number, b.Lot, b.Expiry, b.Supplier), b.ItemId })
            .FirstOrDefaultAsync(cancellationToken);
        if (batch is null)
            return null;
        var item = await db.Items.AsNoTracking().Where(i => i.Id == batch.ItemId).Select(ItemSummary.Projection)
            .SingleAsync(cancellationToken);
        return new CodeInfo(CodeKinds.Batch, "", item) { Batch = batch.Summary };
    }

    private async Task<CodeInfo?> UnitInfoAsync(System.Linq.Expressions.Expression<Func<EquipmentUnit, bool>> match,
        CancellationToken cancellationToken)
    {
        var unit = await db.EquipmentUnits.AsNoTracking().Where(match)
            .Select(u => new { u.Id, u.AssetNumber, u.SerialNumber, u.Status, u.ItemId, u.LastMaintenance,
                Depot = db.Depots.Where(d => d.Id == u.DepotId).Select(d => d.Code).FirstOrDefault() })
            .FirstOrDefaultAsync(cancellationToken);
        if (unit is null)
            return null;
        var item = await db.Items.AsNoTracking().Where(i => i.Id == unit.ItemId).Select(ItemSummary.Projection)
            .SingleAsync(cancellationToken);
        return new CodeInfo(CodeKinds.EquipmentUnit, "", item)
        {
            Unit = new UnitSummary(unit.Id, unit.AssetNumber, unit.SerialNumber, unit.Status, unit.Depot, unit.LastMaintenance),
        };
    }

    private async Task<IReadOnlyList<DepotStock>> StockOfAsync(int itemId, CancellationToken cancellationToken)
    {
        var rows = await db.StockBalances.AsNoTracking()
            .Where(b => b.ItemId == itemId && b.OnHand > 0)
            .GroupBy(b => new { b.DepotId, b.Depot!.Code, b.Depot.Name })
            .Select(g => new DepotStock(g.Key.DepotId, g.Key.Code, g.Key.Name, g.Sum(b => b.OnHand), g.Sum(b => b.Reserved)))
            .ToListAsync(cancellationToken);
        return rows.Where(r => user.CanSee(r.DepotId)).OrderBy(r => r.DepotCode).ToList();
    }
}

public static class CodeKinds
{
    public const string Item = "item";
    public const string Location = "location";
    public const string Batch = "batch";
    public const string EquipmentUnit = "equipmentUnit";
    public const string Unknown = "unknown";
}

public sealed record CodeInfo(string Kind, string Code, ItemSummary? Item)
{
    public string? Message { get; init; }
    public LocationSummary? Location { get; init; }
    public BatchSummary? Batch { get; init; }
    public UnitSummary? Unit { get; init; }
    public ScannedDetails? Scanned { get; init; }
    public IReadOnlyList<DepotStock> Stock { get; init; } = [];

    /// Why the parser refused the code, when it did.
    [System.Text.Json.Serialization.JsonIgnore]
    public ScanErrorKind? ScanProblem { get; init; }

    /// A refusal the caller must see as such rather than as an unknown code: an ambiguous GS1 string would
    /// otherwise pass as a different lot.
    public Domain.Common.DomainError? Refusal() =>
        ScanProblem == ScanErrorKind.AmbiguousGs1 ? Domain.Common.Errors.AmbiguousGs1(Code) : null;

    public static CodeInfo Unknown(string code, string? message) =>
        new(CodeKinds.Unknown, code.Trim(), null) { Message = message };
}

public sealed record ItemSummary(int Id, string Code, string Name, string? Specification, SupplyClass Class, string Unit,
    TrackingMode Tracking, string? Gtin)
{
    public static readonly System.Linq.Expressions.Expression<Func<Item, ItemSummary>> Projection =
        i => new ItemSummary(i.Id, i.Code, i.Name, i.Specification, i.Class, i.Unit, i.Tracking, i.Gtin);
}

public sealed record LocationSummary(int Id, string Code, int DepotId, string DepotCode, string DepotName);

public sealed record BatchSummary(int Id, string Number, string Lot, DateOnly Expiry, string? Supplier);

public sealed record UnitSummary(int Id, string AssetNumber, string SerialNumber, EquipmentStatus Status, string? DepotCode,
    DateOnly? LastMaintenance);

public sealed record ScannedDetails(string? Lot, DateOnly? Expiry, string? Serial, int? Count);

public sealed record DepotStock(int DepotId, string DepotCode, string DepotName, int OnHand, int Reserved)
{
    public int Available => OnHand - Reserved;
}
