namespace Warehouse.Domain.Common;

/// Refusals of closing periods, of postings into them, and of the auditor's sign-off.
public static partial class Errors
{
    public static DomainError PeriodClosed(string from, string to) =>
        new("PeriodClosed", $"The period {from} – {to} is closed: post a correction today, referring to the original document.",
            from, to) { Kind = ErrorKind.Conflict };

    public static DomainError PeriodOverlapsClosed(string from, string to) =>
        new("PeriodOverlapsClosed", $"The period overlaps the closed period {from} – {to}.", from, to) { Kind = ErrorKind.Conflict };

    public static DomainError PeriodOverlapsOpenCount(string count) =>
        new("PeriodOverlapsOpenCount", $"Count {count} is still open in this period: approve or cancel it first.", count)
            { Kind = ErrorKind.Conflict };

    public static DomainError PeriodNotOver(string to) =>
        new("PeriodNotOver", $"The period runs to {to}, which has not come yet: only a period that has ended can be closed.", to);

    public static DomainError UnknownClosedPeriod(int id) =>
        new("UnknownClosedPeriod", $"There is no closed period #{id}.", id) { Kind = ErrorKind.NotFound };

    public static DomainError PeriodAlreadySignedOff(string period) =>
        new("PeriodAlreadySignedOff", $"The period {period} is already signed off.", period) { Kind = ErrorKind.Conflict };

    public static DomainError PeriodLedgerChanged(string period) =>
        new("PeriodLedgerChanged", $"The ledger of {period} changed since it was closed: it cannot be signed off.", period)
            { Kind = ErrorKind.Conflict };

    public static DomainError SignOffCommentTooLong(int max) =>
        new("SignOffCommentTooLong", $"The sign-off comment is longer than {max} characters.", max);
}
