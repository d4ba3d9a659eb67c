namespace Warehouse.Domain.Common;

/// Times are stored in UTC and shown in the bureau's zone (Asia/Shanghai unless configured otherwise);
/// "today" for expiry and document numbers is the bureau's day, not the server's.
public sealed class BureauClock(TimeProvider time, TimeZoneInfo zone)
{
    public TimeZoneInfo Zone { get; private set; } = zone;

    /// Counts from now on in the zone the bureau chose at set-up, which wins over the configured one.
    public void UseZone(TimeZoneInfo chosen) => Zone = chosen;

    public DateTime UtcNow => time.GetUtcNow().UtcDateTime;

    public DateTime LocalNow => ToLocal(UtcNow);

    public DateOnly Today => DateOnly.FromDateTime(LocalNow);

    public DateTime ToLocal(DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Zone);

    public static TimeZoneInfo FindZone(string? id)
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(string.IsNullOrWhiteSpace(id) ? "Asia/Shanghai" : id);
        }
        catch (TimeZoneNotFoundException)
        {
            return TimeZoneInfo.CreateCustomTimeZone("UTC+08", TimeSpan.FromHours(8), "UTC+08", "UTC+08");
        }
    }
}
