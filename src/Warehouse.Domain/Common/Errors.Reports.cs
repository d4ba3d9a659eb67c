namespace Warehouse.Domain.Common;

/// Refusals of report periods.
public static partial class Errors
{
    public static DomainError ReportPeriodReversed(string from, string to) =>
        new("ReportPeriodReversed", $"The period starts ({from}) after it ends ({to}).", from, to);

    public static DomainError ReportPeriodRequired() =>
        new("ReportPeriodRequired", "Give the period as from=YYYY-MM-DD and to=YYYY-MM-DD.");

    public static DomainError ReportPeriodTooLong(int years) =>
        new("ReportPeriodTooLong", $"A report period spans at most {years} years.", years);

    public static DomainError ReportTotalsCatchingUp(long summed, long rows) =>
        new("ReportTotalsCatchingUp", $"The ledger totals the report reads are being brought up to date ({summed:N0} of {rows:N0} ledger rows summed); try again in a minute.",
            summed, rows) { Kind = ErrorKind.Unavailable };
}
