using Warehouse.Domain.Common;

namespace Warehouse.Domain.Stock;

/// A reporting period in the bureau's calendar, both days included; the presets are the half-yearly report's.
public sealed record ReportPeriod(DateOnly From, DateOnly To)
{
    public const int MaxYears = 5;

    /// The period, or why it is not one: starting after it ends, or longer than five years.
    public static (ReportPeriod? Period, DomainError? Error) Of(DateOnly from, DateOnly to) =>
        from > to ? (null, Errors.ReportPeriodReversed(from.ToString("yyyy-MM-dd"), to.ToString("yyyy-MM-dd")))
        : to > from.AddYears(MaxYears) ? (null, Errors.ReportPeriodTooLong(MaxYears))
        : (new ReportPeriod(from, to), null);

    /// First half-year, to the end of October, or the whole year of the given day.
    public static ReportPeriod Preset(string? preset, DateOnly today) => preset switch
    {
        "October" => new(new DateOnly(today.Year, 1, 1), new DateOnly(today.Year, 10, 31)),
        "Year" => new(new DateOnly(today.Year, 1, 1), new DateOnly(today.Year, 12, 31)),
        _ => new(new DateOnly(today.Year, 1, 1), new DateOnly(today.Year, 6, 30)),
    };
}
