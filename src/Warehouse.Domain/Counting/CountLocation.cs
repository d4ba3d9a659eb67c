using Warehouse.Domain.Common;

namespace Warehouse.Domain.Counting;

/// One bin in a count's scope. When it is first counted the ledger's last row is noted (its marker): the expected
/// figures are the books as they stood then, so goods moved after that moment are no variance. A recount notes its own.
public sealed class CountLocation
{
    private CountLocation() { }

    public CountLocation(int locationId, string locationCode)
    {
        LocationId = locationId;
        LocationCode = locationCode;
    }

    public int Id { get; private set; }
    public int CountId { get; private set; }
    public int LocationId { get; private set; }
    public string LocationCode { get; private set; } = "";
    public long? Marker { get; private set; }
    public string? CountedBy { get; private set; }
    public DateTime? CountedAt { get; private set; }
    public bool NeedsRecount { get; private set; }
    public long? RecountMarker { get; private set; }
    public string? RecountedBy { get; private set; }
    public DateTime? RecountedAt { get; private set; }

    public bool IsCounted => Marker is not null;

    /// The round whose entries stand for this bin: 2 once recounted, else 1.
    public int Round => RecountMarker is null ? 1 : 2;

    /// The marker of the round that stands.
    public long? StandingMarker => RecountMarker ?? Marker;

    public bool AwaitsRecount => NeedsRecount && RecountMarker is null;

    /// Starts the bin's first count, or (in a recount) its second by another keeper; later scans just add to it.
    public void Begin(string userName, long marker, DateTime nowUtc, bool recount)
    {
        if (!recount)
        {
            if (Marker is null)
                (Marker, CountedBy, CountedAt) = (marker, userName, nowUtc);
            return;
        }
        if (!NeedsRecount)
            throw new DomainException(Errors.CountLocationNotForRecount(LocationCode));
        if (string.Equals(CountedBy, userName, StringComparison.OrdinalIgnoreCase))
            throw new DomainException(Errors.RecountBySameKeeper(LocationCode));
        if (RecountMarker is null)
            (RecountMarker, RecountedBy, RecountedAt) = (marker, userName, nowUtc);
    }

    public void MarkForRecount() => NeedsRecount = true;
}
