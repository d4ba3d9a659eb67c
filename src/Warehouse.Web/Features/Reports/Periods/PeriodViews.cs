using System.ComponentModel.DataAnnotations;
using Warehouse.Domain.Closing;
using Warehouse.Web.Features.Reports.ReserveSummary;
using Warehouse.Web.Infrastructure;

namespace Warehouse.Web.Features.Reports.Periods;

/// The closing form: the period's first and last day.
public sealed class ClosePeriodBody
{
    [Required, DateFilter]
    public DateOnly? From { get; set; }

    [Required, DateFilter]
    public DateOnly? To { get; set; }
}

/// The sign-off form: the auditor's comments.
public sealed class SignOffBody
{
    [MaxLength(ClosedPeriod.MaxCommentLength)]
    public string? Comment { get; set; }
}

/// A closed period as the list and its page show it.
public sealed record ClosedPeriodRow(int Id, DateOnly From, DateOnly To, string ClosedBy, DateTime ClosedAt, long Rows, string Digest,
    string? SignedOffBy, DateTime? SignedOffAt, string? SignOffComment);

/// The list of closed periods and the closing form (offered to those who may close), prefilled with the last half-year.
public sealed record PeriodsPage(IReadOnlyList<ClosedPeriodRow> Periods, DateOnly From, DateOnly To, bool CanClose);

/// A closed period's page: its frozen report, the ledger checked again now (the documents that differ since the close,
/// none when it is unchanged), and whether the caller may sign it off.
public sealed record PeriodPage(ClosedPeriodRow Period, ReserveSummaryReport Report, IReadOnlyList<DocumentDifference> Differences,
    bool CanSignOff)
{
    public bool Unchanged => Differences.Count == 0;
}
