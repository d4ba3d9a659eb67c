namespace Warehouse.Hardware.Barcodes;

// GS1 dates: YYMMDD with the GS1 century rule and day 00 for the month's last day.
public static partial class Gs1
{
    private static bool IsPlausibleDate(string yymmdd)
    {
        var month = int.Parse(yymmdd.AsSpan(2, 2));
        var day = int.Parse(yymmdd.AsSpan(4, 2));
        return month is >= 1 and <= 12 && day <= 31;
    }

    /// <summary>
    /// Resolves a YYMMDD date: the century follows the GS1 rule (a year more than 50 years ahead of
    /// <paramref name="today"/> is in the previous century, one 50 or more years behind in the next),
    /// and day 00 means the last day of the month.
    /// </summary>
    internal static bool TryResolveDate(string yymmdd, DateOnly today, out DateOnly date)
    {
        date = default;
        var yy = int.Parse(yymmdd.AsSpan(0, 2));
        var month = int.Parse(yymmdd.AsSpan(2, 2));
        var day = int.Parse(yymmdd.AsSpan(4, 2));
        var difference = yy - today.Year % 100;
        var year = today.Year - today.Year % 100 + yy + difference switch
        {
            >= 51 => -100,
            <= -50 => 100,
            _ => 0,
        };
        if (month is < 1 or > 12 || year is < 1 or > 9999)
        {
            return false;
        }
        var daysInMonth = DateTime.DaysInMonth(year, month);
        if (day > daysInMonth)
        {
            return false;
        }
        date = new DateOnly(year, month, day == 0 ? daysInMonth : day);
        return true;
    }
}
