using Microsoft.Extensions.Localization;
using Warehouse.Data.Auditing;
using Warehouse.Domain.Auditing;
using Warehouse.Domain.Common;
using Warehouse.Web.Infrastructure;

namespace Warehouse.Web.Features.Integrity;

/// What the verification page and API ask: the latest stored check at once (the daily one or one asked for), starting a
/// check now in the background, its progress, and stopping it.
public sealed class IntegrityVerification(IntegrityChecks checks, ChainVerifier verifier, IntegrityRuns runs, CurrentUser user,
    BureauClock clock, IStringLocalizer<SharedResource> localizer)
{
    public async Task<VerifyPage> PageAsync(CancellationToken cancellationToken)
    {
        var latest = (await checks.LatestAsync(1, cancellationToken)).FirstOrDefault();
        var run = runs.Current;
        return new VerifyPage(latest is null ? null : ChainVerdict.From(latest), latest is null ? null : clock.ToLocal(latest.CheckedAt),
            run is null ? null : new VerifyRunView(run.StartedBy, clock.ToLocal(run.StartedAt), run.Walked, run.Rows));
    }

    /// The latest check as the API answers it, with whether one is running now.
    public async Task<ChainVerdict?> LatestAsync(CancellationToken cancellationToken) =>
        (await checks.LatestAsync(1, cancellationToken)).FirstOrDefault() is { } latest
            ? ChainVerdict.From(latest) with { Running = runs.Current is not null }
            : null;

    /// Starts a check unless one is running; either way one is running afterwards.
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (runs.Current is null)
            runs.TryStart(user.UserName, await verifier.RowsAsync(cancellationToken));
    }

    public void Cancel() => runs.Current?.Cancel();

    /// The running check's rows, in the shape the progress script reads; not running once it has ended.
    public VerifyProgressView Progress() => runs.Current is { } run
        ? new VerifyProgressView("Running", localizer["Verifying…"], run.Walked, run.Rows, true)
        : new VerifyProgressView("Done", localizer["Verified"], 0, 0, false);
}

/// The verification page: the latest stored check and when it ran, and the check running now.
public sealed record VerifyPage(ChainVerdict? Latest, DateTime? CheckedAt, VerifyRunView? Running)
{
    public bool CanStart => Running is null;

    public bool CanCancel => Running is not null;
}

/// A check running now: who asked, since when, rows walked of rows.
public sealed record VerifyRunView(string StartedBy, DateTime StartedAt, long Walked, long Rows);

/// A running check's progress as the page's script polls it.
public sealed record VerifyProgressView(string Stage, string StageText, long Done, long Total, bool Running);
