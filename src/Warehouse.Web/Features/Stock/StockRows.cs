using Warehouse.Domain.Catalog;
using Warehouse.Domain.Stock;
using Warehouse.Web.Infrastructure;

namespace Warehouse.Web.Features.Stock;

public sealed record StockFilter
{
    public const int MaxPageSize = 1000;

    public string? Depot { get; init; }
    public string? Item { get; init; }
    public SupplyClass? Class { get; init; }
    public bool BelowQuota { get; init; }
    public bool NearExpiry { get; init; }
    public int Page { get; init; } = 1;
    public int Size { get; init; } = 50;

    public int SafePage => Math.Max(1, Page);
    public int SafeSize => Math.Clamp(Size, 1, MaxPageSize);
}

public sealed record LedgerFilter
{
    public string? Depot { get; init; }
    public string? Item { get; init; }
    public MovementKind? Kind { get; init; }
    [DateFilter]
    public DateOnly? From { get; init; }
    [DateFilter]
    public DateOnly? To { get; init; }
    public int Page { get; init; } = 1;
    public int Size { get; init; } = 50;

    public int SafePage => Math.Max(1, Page);
    public int SafeSize => Math.Clamp(Size, 1, StockFilter.MaxPageSize);
}

public sealed record Paged<T>(IReadOnlyList<T> Rows, int Total, int Page, int Size)
{
    public int Pages => Math.Max(1, (Total + Size - 1) / Size);
}

/// One item at one depot: what is there against its quota.
public sealed partial record StockSummaryRow(int DepotId, string DepotCode, string DepotName, int ItemId, string ItemCode, string ItemName,
    string? Specification, SupplyClass Class, string Unit, int OnHand, int Reserved, int? Minimum, int? Target, int? ReserveFloor)
{
    public int Available => OnHand - Reserved;
    public bool BelowQuota => Minimum is { } minimum && OnHand < minimum;
}

/// One balance row: the batch, unit and location detail behind a summary row.
public sealed record StockBalanceRow(int Id, string DepotCode, string DepotName, string ItemCode, string ItemName, string Unit,
    SupplyClass Class, string? LocationCode, string? BatchNumber, string? Lot, DateOnly? Expiry, string? AssetNumber,
    string? SerialNumber, StorageMode Mode, int OnHand, int Reserved, int? BatchId = null, int? UnitId = null)
{
    public int Available => OnHand - Reserved;
}

public sealed record LedgerRow(long Id, DateTime OccurredAt, string DocumentNumber, int DocumentId, MovementKind Kind, StockReason Reason,
    string DepotCode, string ItemCode, string ItemName, string Unit, string? LocationCode, string? BatchNumber, string? SerialNumber,
    int Quantity, int BalanceAfter, string UserName);
