using Warehouse.Data.Closing;
using Warehouse.Data.Reporting;
using Warehouse.Data.Stock;
using Warehouse.Domain.Stock;
using Warehouse.Web.Features.Reports.ReserveSummary;
using Warehouse.Web.Infrastructure;

namespace Warehouse.Web.Features.Reports.Periods;

/// Closes a period with the reserve report frozen as it stands, and signs one off, as the signed-in caller.
public sealed class PeriodCommands(PeriodClosing closing, PeriodSignOff signOff, ReserveSummaryQueries report, LedgerTotalsRefresh totals,
    CurrentUser user)
{
    /// The closed period's id, or why the period could not be closed.
    public async Task<Outcome<int?>> CloseAsync(ClosePeriodBody body, CancellationToken cancellationToken)
    {
        var (period, error) = ReportPeriod.Of(body.From!.Value, body.To!.Value);
        if (period is null)
            return error!;
        // The report is frozen inside the close's transaction; the month totals it reads are brought up to date before.
        await totals.RunAsync(cancellationToken);
        var closed = await closing.CloseAsync(period, async () => PeriodSnapshot.Freeze(await report.BuildAsync(period, cancellationToken)),
            user.ToWorkflowActor(), cancellationToken);
        return closed.Error is { } refused ? refused : closed.Value!.Id;
    }

    public async Task<Outcome<int?>> SignOffAsync(int id, string? comment, CancellationToken cancellationToken)
    {
        var signed = await signOff.SignOffAsync(id, comment, user.ToWorkflowActor(), cancellationToken);
        return signed.Error is { } refused ? refused : signed.Value!.Id;
    }
}
