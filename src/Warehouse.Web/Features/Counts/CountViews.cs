using Warehouse.Domain.Counting;

namespace Warehouse.Web.Features.Counts;

/// One review line as people read it. Expected, variance and value are null while the count is still blind.
public sealed record CountLineView(string Location, string ItemCode, string ItemName, string Unit, string? Batch, string? Serial,
    int Counted, int? Expected, int? Variance, decimal? VarianceValue, bool Recounted);

/// A count's header as lists and the API show it.
public sealed record CountSummary(int Id, string Number, string Depot, CountScope Scope, string ScopeText, CountState State,
    string PlannedBy, DateTime PlannedAt, string? DecidedBy, int Locations, int LocationsCounted, decimal? LineAccuracy,
    decimal? ValueAccuracy);

/// A bin of a count: counted yet, by whom, and whether it waits for a recount.
public sealed record CountLocationView(int LocationId, string Code, string? CountedBy, string? RecountedBy, bool AwaitsRecount);

/// The count's page: its header, bins, lines, and what the viewer may do now.
public sealed record CountPage(CountSummary Count, IReadOnlyList<CountLocationView> Locations, IReadOnlyList<CountLineView> Lines,
    bool ShowsExpected, IReadOnlyList<CountTrigger> Permitted, bool CanCount, string? Counters)
{
    public bool CanApprove => Permitted.Contains(CountTrigger.Approve);
    public bool CanSubmit => Permitted.Contains(CountTrigger.Submit);
    public bool CanCancel => Permitted.Contains(CountTrigger.Cancel);
}

/// The accuracy of a depot's approved counts: lines without variance ÷ lines counted, and by value.
public sealed record DepotAccuracy(string Depot, int Counts, int Lines, decimal LineAccuracy, decimal ValueAccuracy);

/// The depots a user may plan a count at.
public sealed record DepotOption(int Id, string Code, string Name);

/// The /Counts page: accuracy per depot, the counts (newest first), and the planning form's choices.
public sealed record CountsIndexPage(IReadOnlyList<DepotAccuracy> Accuracy, IReadOnlyList<CountSummary> Counts,
    IReadOnlyList<DepotOption> Depots, bool CanPlan);

/// An A4 count sheet: each bin with its Code 128 label and empty rows to write on.
public sealed record CountSheetPage(CountSummary Count, IReadOnlyList<(string Code, string Svg)> Locations);
