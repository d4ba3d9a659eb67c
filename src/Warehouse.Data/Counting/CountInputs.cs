using Warehouse.Domain.Catalog;
using Warehouse.Domain.Counting;

namespace Warehouse.Data.Counting;

/// A count to plan: the depot, what it covers, and who is named to count it.
public sealed record CountPlan(int DepotId, CountScope Scope, string? FromBin = null, string? ToBin = null, SupplyClass? Class = null,
    int? CycleSize = null, string? Counters = null);

/// One scan or typed figure: the bin, the goods (none when only the bin's label was scanned, which starts it, or
/// marks it empty), how many, and the caller's client id.
public sealed record CountScan(int LocationId, string LocationCode, CountedGoods? Goods, int Quantity, string ClientId);

/// What a scan did: the bin and its round, the goods and how many of them the bin now holds by this round's scans.
public sealed record CountScanResult(string Location, int Round, int? ItemId, int CountedSoFar, bool Replayed = false);
