using Warehouse.Domain.Catalog;
using Warehouse.Domain.Common;

namespace Warehouse.Domain.Counting;

/// A stocktake (盘点) of one depot: its number (PD…), scope, the keepers named to count it, its bins, the scans and the
/// review's lines. The state lives here; <see cref="CountWorkflow"/> is rebuilt around it for every step.
public sealed class StockCount : IVersioned
{
    public const int MaxCountersLength = 200;
    private readonly List<CountLocation> _locations = [];
    private readonly List<CountEntry> _entries = [];
    private readonly List<CountLine> _lines = [];

    private StockCount() { }

    public StockCount(string number, int depotId, CountScope scope, string? counters, string plannedBy, DateTime plannedAtUtc)
    {
        Number = number;
        DepotId = depotId;
        Scope = scope;
        Counters = CatalogText.Optional(counters, nameof(Counters), MaxCountersLength);
        PlannedBy = plannedBy;
        PlannedAt = DateTime.SpecifyKind(plannedAtUtc, DateTimeKind.Utc);
    }

    public int Id { get; private set; }
    public string Number { get; private set; } = "";
    public int DepotId { get; private set; }
    public CountScope Scope { get; private set; }
    public string? FromBin { get; private set; }
    public string? ToBin { get; private set; }
    public SupplyClass? Class { get; private set; }
    public int? CycleSize { get; private set; }
    public string? Counters { get; private set; }
    public CountState State { get; set; }
    public string PlannedBy { get; private set; } = "";
    public DateTime PlannedAt { get; private set; }
    public DateTime? SubmittedAt { get; private set; }
    public string? DecidedBy { get; private set; }
    public DateTime? DecidedAt { get; private set; }
    public int Version { get; private set; }
    public IReadOnlyList<CountLocation> Locations => _locations;
    public IReadOnlyList<CountEntry> Entries => _entries;
    public IReadOnlyList<CountLine> Lines => _lines;

    /// The keepers named to count; anyone keeping the depot may when none is named.
    public IReadOnlyList<string> CounterNames =>
        (Counters ?? "").Split([',', ' ', '，'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public void Cover(IEnumerable<CountLocation> locations, string? fromBin = null, string? toBin = null, SupplyClass? @class = null,
        int? cycleSize = null)
    {
        _locations.AddRange(locations);
        (FromBin, ToBin, Class, CycleSize) = (fromBin, toBin, @class, cycleSize);
    }

    /// Whoever counted or recounted any bin of it, or scanned anything for it: none of them may approve its variances.
    public bool WasCountedBy(string userName) =>
        _entries.Any(e => Same(e.UserName, userName))
        || _locations.Any(l => Same(l.CountedBy, userName) || Same(l.RecountedBy, userName));

    public CountLocation LocationOf(int locationId, string code) =>
        _locations.FirstOrDefault(l => l.LocationId == locationId)
        ?? throw new DomainException(Errors.LocationOutsideCount(code, Number));

    public void Add(CountEntry entry) => _entries.Add(entry);

    /// The review's lines of the given bins, computed anew (after the count or its recount).
    public void ReplaceLines(IReadOnlyCollection<int> locationIds, IEnumerable<CountLine> lines)
    {
        _lines.RemoveAll(l => locationIds.Contains(l.LocationId));
        _lines.AddRange(lines);
    }

    public void MarkSubmitted(DateTime nowUtc) => SubmittedAt ??= DateTime.SpecifyKind(nowUtc, DateTimeKind.Utc);

    public void MarkDecided(string userName, DateTime nowUtc) =>
        (DecidedBy, DecidedAt) = (userName, DateTime.SpecifyKind(nowUtc, DateTimeKind.Utc));

    public void Touch() => Version++;

    private static bool Same(string? a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);
}
