using Warehouse.Data.Auditing;
using Warehouse.Data.Stock;
using Warehouse.Domain.Allocation;
using Warehouse.Domain.Auditing;
using Warehouse.Domain.Common;
using Warehouse.Domain.Counting;

namespace Warehouse.Data.Counting.Steps;

/// Ends a round of counting: the review's lines are worked out for the bins of the round, and after the first round
/// every bin with a line over the tolerance goes to a recount by another keeper.
public sealed class CountSubmission(CountStepRunner runner, CountExpectations expectations, CountTolerance tolerance, AuditTrail audit,
    BureauClock clock)
{
    public Task<Outcome<CountState>> SubmitAsync(int id, WorkflowActor actor) =>
        runner.RunAsync(async () =>
        {
            var count = await runner.LoadAsync(id);
            var firstRound = count.State == CountState.Counting;
            var workflow = new CountWorkflow(count, actor);
            workflow.Fire(CountTrigger.Submit);
            var round = count.Locations.Where(l => firstRound || l.Round == 2).ToList();
            foreach (var location in round)
                await ReviewAsync(count, location, firstRound);
            count.MarkSubmitted(clock.UtcNow);
            if (firstRound && count.Locations.Any(l => l.AwaitsRecount))
                workflow.Fire(CountTrigger.Recount);
            audit.Record(AuditActor.Of(actor), AuditActions.CountStep, count.Number,
                $"{CountTrigger.Submit} → {count.State}; {count.Lines.Count(l => l.Variance != 0)} variances");
            return count.State;
        }, state => state);

    private async Task ReviewAsync(StockCount count, CountLocation location, bool firstRound)
    {
        var expected = await expectations.AtMarkerAsync(count, location);
        var counted = CountExpectations.Counted(count, location);
        var prices = await expectations.PricesAsync(expected.Keys.Concat(counted.Keys).Select(g => g.ItemId));
        var lines = CountReview.LinesFor(location.LocationId, expected, counted, id => prices.GetValueOrDefault(id), !firstRound);
        count.ReplaceLines([location.LocationId], lines);
        if (firstRound && lines.Any(l => tolerance.IsExceededBy(l.Variance, l.VarianceValue)))
            location.MarkForRecount();
    }
}
