namespace Warehouse.Web.Features.Setup;

/// The time zones the set-up page offers: the bureau's usual one first, then every zone this server knows.
public static class TimeZones
{
    public const string Usual = "Asia/Shanghai";

    public static IReadOnlyList<string> Offered() =>
        [Usual, .. TimeZoneInfo.GetSystemTimeZones().Select(z => z.Id).Where(id => id != Usual).Order(StringComparer.Ordinal)];
}
