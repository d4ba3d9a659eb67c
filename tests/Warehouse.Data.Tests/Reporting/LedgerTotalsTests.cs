using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Warehouse.Data.Reporting;
using Warehouse.Data.Stock;
using Warehouse.Data.Tests.Closing;
using Warehouse.Domain.Common;
using Warehouse.Domain.Stock;

namespace Warehouse.Data.Tests.Reporting;

public sealed class LedgerTotalsTests
{
    private static readonly DateOnly March = new(2026, 3, 1);

    [Fact]
    public async Task Month_totals_a_ledger_tail_and_cut_months_give_the_flows_of_reading_every_row()
    {
        using var f = await MovementsOverThreeMonthsAsync();
        await RefreshAsync(f);
        f.SetToday(new DateOnly(2026, 5, 20));
        await f.Counts.PostAsync(DocumentKind.Issue, StockReason.InternalUse, "after-refresh", Line(f, 4));

        foreach (var (from, to) in Periods)
            await AssertSameAsReadingEveryRowAsync(f, from, to);
    }

    [Fact]
    public async Task A_new_unit_price_revalues_the_months_already_summed()
    {
        using var f = await MovementsOverThreeMonthsAsync();
        await RefreshAsync(f);
        var before = await FlowsAsync(f, March, new DateOnly(2026, 4, 30));
        await using (var db = f.Counts.NewContext())
            await db.Items.Where(i => i.Id == f.Counts.Tent).ExecuteUpdateAsync(s => s.SetProperty(i => i.UnitPrice, 25m));
        Assert.Equal(1, (await LagAsync(f)).Repriced);

        await RefreshAsync(f);

        Assert.Equal(0, (await LagAsync(f)).Repriced);

        var after = await FlowsAsync(f, March, new DateOnly(2026, 4, 30));
        var (quantity, value) = Inside(before);
        Assert.NotEqual(0, quantity);
        Assert.Equal((quantity, value + 15m * quantity), Inside(after));
        await AssertSameAsReadingEveryRowAsync(f, March, new DateOnly(2026, 4, 30));
    }

    [Fact]
    public async Task The_same_unit_price_written_with_more_decimals_is_not_a_new_price()
    {
        using var f = await MovementsOverThreeMonthsAsync();
        await RefreshAsync(f);
        await using (var db = f.Counts.NewContext())
        {
            var price = await db.Items.Where(i => i.Id == f.Counts.Tent).Select(i => i.UnitPrice).SingleAsync();
            // As an import or another client may write it: text with more decimals than EF Core writes.
            await db.Database.ExecuteSqlAsync($"UPDATE Items SET UnitPrice = {price.ToString("0.000", CultureInfo.InvariantCulture)} WHERE Id = {f.Counts.Tent}");
        }

        Assert.Equal(0, (await LagAsync(f)).Repriced);
    }

    /// SQLite sums the totals' values as whole cents, and as decimals once a value reaches ten billion yuan: either way
    /// to the cent, as a decimal sum of the rows themselves.
    [Theory]
    [InlineData("0.07")]
    [InlineData("19.99")]
    [InlineData("99999999.99")]
    public async Task Values_sum_to_the_cent_whatever_the_unit_price(string price)
    {
        using var f = await MovementsOverThreeMonthsAsync();
        await using (var db = f.Counts.NewContext())
            await db.Items.Where(i => i.Id == f.Counts.Tent).ExecuteUpdateAsync(s =>
                s.SetProperty(i => i.UnitPrice, decimal.Parse(price, CultureInfo.InvariantCulture)));
        await RefreshAsync(f);

        foreach (var (from, to) in Periods)
            await AssertSameAsReadingEveryRowAsync(f, from, to);
    }

    private static async Task<TotalsLag> LagAsync(ClosingFixture f)
    {
        await using var db = f.Counts.NewContext();
        return await new LedgerTotalsRefresh(db, f.Counts.Database.Clock).LagAsync(default);
    }

    [Fact]
    public async Task Refreshes_running_at_once_sum_every_ledger_row_exactly_once_by_month_and_by_day()
    {
        using var f = await MovementsOverThreeMonthsAsync();

        await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => RefreshAsync(f)));

        await using var db = f.Counts.NewContext();
        var ledger = await db.StockMovements.SumAsync(m => (long)m.Quantity);
        Assert.Equal(ledger, await db.LedgerMonthTotals.SumAsync(t => t.Quantity));
        Assert.Equal(ledger, await db.LedgerDayTotals.SumAsync(t => t.Quantity));
        var days = (await db.LedgerDayTotals.ToListAsync()).GroupBy(t => t.Key with { Start = new DateOnly(t.Day.Year, t.Day.Month, 1) })
            .ToDictionary(g => g.Key, g => (g.Sum(t => t.Quantity), g.Sum(t => t.Value)));
        var months = (await db.LedgerMonthTotals.ToListAsync()).ToDictionary(t => t.Key, t => (t.Quantity, t.Value));
        Assert.Equal(months.OrderBy(m => m.Key.ToString()), days.OrderBy(d => d.Key.ToString()));
        Assert.Equal(await db.StockMovements.MaxAsync(m => m.Sequence), (await db.LedgerTotalsMarks.SingleAsync()).Sequence);
    }

    [Fact]
    public async Task Another_time_zone_cuts_the_months_anew()
    {
        using var f = await MovementsOverThreeMonthsAsync();
        await RefreshAsync(f);
        f.Counts.Database.Clock = new BureauClock(TimeProvider.System, BureauClock.FindZone("America/Los_Angeles"));

        await RefreshAsync(f);

        await using var db = f.Counts.NewContext();
        Assert.Equal("America/Los_Angeles", (await db.LedgerTotalsMarks.SingleAsync()).Zone);
        foreach (var (from, to) in Periods)
            await AssertSameAsReadingEveryRowAsync(f, from, to);
    }

    [Fact]
    public async Task A_rebuild_in_steps_of_a_few_rows_saves_each_step_and_ends_with_the_flows_of_reading_every_row()
    {
        using var f = await MovementsOverThreeMonthsAsync();
        await using var db = f.Counts.NewContext();
        var refresh = new LedgerTotalsRefresh(db, f.Counts.Database.Clock) { StepRows = 3 };
        var head = await db.StockMovements.MaxAsync(m => m.Sequence);
        Assert.Equal(new TotalsLag(0, head!.Value), await refresh.LagAsync(default));

        var reached = await refresh.RunAsync(default);

        Assert.Equal(head, reached);
        Assert.Equal(0, (await refresh.LagAsync(default)).Rows);
        foreach (var (from, to) in Periods)
            await AssertSameAsReadingEveryRowAsync(f, from, to);
    }

    [Fact]
    public async Task A_cancelled_round_changes_nothing_and_the_next_round_sums_the_rows_it_left()
    {
        using var f = await MovementsOverThreeMonthsAsync();
        await using (var db = f.Counts.NewContext())
        {
            using var cancelled = new CancellationTokenSource();
            var refresh = new LedgerTotalsRefresh(db, f.Counts.Database.Clock) { StepRows = 2 };
            var head = await db.StockMovements.MaxAsync(m => m.Sequence);
            await refresh.RunAsync(default);
            await f.Counts.PostAsync(DocumentKind.Issue, StockReason.InternalUse, "late-1", Line(f, 1));
            await f.Counts.PostAsync(DocumentKind.Issue, StockReason.InternalUse, "late-2", Line(f, 1));
            await f.Counts.PostAsync(DocumentKind.Issue, StockReason.InternalUse, "late-3", Line(f, 1));
            await cancelled.CancelAsync();
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => refresh.RunAsync(cancelled.Token));
            Assert.Equal(head, (await refresh.LagAsync(default)).Reached);
        }

        await RefreshAsync(f);

        foreach (var (from, to) in Periods)
            await AssertSameAsReadingEveryRowAsync(f, from, to);
    }

    private static readonly (DateOnly From, DateOnly To)[] Periods =
    [
        (March, new DateOnly(2026, 5, 31)), (new DateOnly(2026, 3, 15), new DateOnly(2026, 4, 10)),
        (new DateOnly(2026, 4, 1), new DateOnly(2026, 4, 30)), (new DateOnly(2026, 4, 2), new DateOnly(2026, 4, 2)),
        (new DateOnly(2026, 5, 1), new DateOnly(2026, 12, 31)), (new DateOnly(2025, 1, 1), new DateOnly(2026, 3, 31)),
    ];

    /// Receipts and issues on the first and last days of March and April (bureau noon) and in May.
    private static async Task<ClosingFixture> MovementsOverThreeMonthsAsync()
    {
        var f = await ClosingFixture.CreateAsync();
        var days = new[] { new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 31), new DateOnly(2026, 4, 1), new DateOnly(2026, 4, 2),
            new DateOnly(2026, 4, 30), new DateOnly(2026, 5, 10) };
        foreach (var (day, n) in days.Select((d, i) => (d, i + 1)))
        {
            f.SetToday(day);
            Assert.True((await f.ReceiveAsync($"in-{n}", 10 * n)).Succeeded);
            Assert.True((await f.Counts.PostAsync(DocumentKind.Issue, StockReason.InternalUse, $"out-{n}", Line(f, n))).Succeeded);
        }
        return f;
    }

    /// Only tents move inside the period: the fixture's other stock was received on the real day.
    private static (long Quantity, decimal Value) Inside(PeriodFlows flows) =>
        (flows.Inside.Sum(p => p.Value.Quantity), flows.Inside.Sum(p => p.Value.Value));

    private static List<KeyValuePair<TKey, (long Quantity, decimal Value)>> NonZero<TKey>(
        IEnumerable<KeyValuePair<TKey, (long Quantity, decimal Value)>> sums) where TKey : notnull =>
        sums.Where(p => p.Value.Quantity != 0 || p.Value.Value != 0).OrderBy(p => p.Key.ToString(), StringComparer.Ordinal).ToList();

    private static PostingLine Line(ClosingFixture f, int quantity) => new(f.Counts.Tent, quantity, f.Counts.Bins["A-01-01"]);

    private static async Task RefreshAsync(ClosingFixture f)
    {
        await using var db = f.Counts.NewContext();
        await new LedgerTotalsRefresh(db, f.Counts.Database.Clock).RunAsync(default);
    }

    private static async Task<PeriodFlows> FlowsAsync(ClosingFixture f, DateOnly from, DateOnly to)
    {
        await using var db = f.Counts.NewContext();
        await using var snapshot = await ReadSnapshot.BeginAsync(db, default);
        return await new LedgerFlows(db, f.Counts.Database.Clock).OfAsync(from, to, default);
    }

    private static async Task AssertSameAsReadingEveryRowAsync(ClosingFixture f, DateOnly from, DateOnly to)
    {
        var zone = f.Counts.Database.Clock.Zone;
        var (start, end) = (LedgerRows.StartOf(from, zone), LedgerRows.StartOf(to.AddDays(1), zone));
        await using var db = f.Counts.NewContext();
        var prices = await LedgerRows.PricesAsync(db, default);
        var rows = await LedgerRows.Of(db, db.StockMovements).ToListAsync();
        var opening = rows.Where(r => r.OccurredAt < start).GroupBy(r => new HoldingKey(r.DepotId, prices[r.ItemId].Class, r.Mode))
            .ToDictionary(g => g.Key, g => (Quantity: (long)g.Sum(r => r.Quantity), Value: g.Sum(r => r.Quantity * prices[r.ItemId].UnitPrice)));
        var inside = rows.Where(r => r.OccurredAt >= start && r.OccurredAt < end)
            .GroupBy(r => new FlowKey(r.DepotId, prices[r.ItemId].Class, r.Mode, r.Reason, r.Quantity > 0))
            .ToDictionary(g => g.Key, g => (Quantity: (long)g.Sum(r => r.Quantity), Value: g.Sum(r => r.Quantity * prices[r.ItemId].UnitPrice)));

        var actual = await FlowsAsync(f, from, to);

        Assert.Equal(NonZero(opening), NonZero(actual.Opening));
        Assert.Equal(NonZero(inside), NonZero(actual.Inside));
    }
}
