namespace Warehouse.Domain.Stations;

/// A code a station agent's serial scanner read, waiting for the station's open scan box pages. Kept in the database so
/// that whichever app instance a page asks gets it; numbered by the database, so every instance counts alike; kept only
/// a short while, as a scan is for whoever has the page open now.
public sealed class ForwardedScan
{
    public const int MaxCodeLength = 200;

    private ForwardedScan() { }

    public ForwardedScan(int stationId, string code, DateTime atUtc)
    {
        StationId = stationId;
        Code = code;
        ForwardedAt = DateTime.SpecifyKind(atUtc, DateTimeKind.Utc);
    }

    public long Id { get; private set; }
    public int StationId { get; private set; }
    public string Code { get; private set; } = "";
    public DateTime ForwardedAt { get; private set; }
}
