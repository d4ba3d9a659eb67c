using Microsoft.EntityFrameworkCore;
using Warehouse.Data.Stock;
using Warehouse.Domain.Catalog;
using Warehouse.Domain.Constants;
using Warehouse.Domain.Counting;
using Warehouse.Domain.Stock;

namespace Warehouse.Data.Tests.Counting;

public sealed class CountTests
{
    [Fact]
    public async Task An_issue_posted_after_a_bin_was_first_counted_is_no_variance()
    {
        using var f = await CountFixture.CreateAsync();
        var count = await f.PlanAsync(CountScope.LocationRange, "A-01-01", "A-01-01");
        Assert.True((await f.ScanAsync(count, "A-01-01", null, 0)).Succeeded);
        var issued = await f.PostAsync(DocumentKind.Issue, StockReason.InternalUse, "busy", new PostingLine(f.Tent, 3, f.Bins["A-01-01"]));
        Assert.True(issued.Succeeded, issued.Error?.Message);
        Assert.True((await f.ScanAsync(count, "A-01-01", f.Tent, 10)).Succeeded);

        Assert.Equal(CountState.Review, (await f.SubmitAsync(count)).Value);
        var line = Assert.Single((await f.LoadAsync(count)).Lines);
        Assert.Equal((10, 10, 0), (line.Expected, line.Counted, line.Variance));
        var approved = await f.ApproveAsync(count);

        Assert.True(approved.Succeeded, approved.Error?.Message);
        Assert.Null(approved.Value!.GainDocument);
        Assert.Null(approved.Value.LossDocument);
        Assert.Equal(7, await f.OnHandAsync(f.Tent, "A-01-01"));
        Assert.Equal([approved.Value.Number], f.Slips);
        await f.AssertLedgerMatchesBalancesAsync();
    }

    [Fact]
    public async Task A_shortage_is_booked_out_in_a_loss_note_that_carries_the_count_number()
    {
        using var f = await CountFixture.CreateAsync();
        var count = await f.PlanAsync(CountScope.LocationRange, "A-01-01", "A-01-01");
        await f.ScanAsync(count, "A-01-01", f.Tent, 9);
        await f.SubmitAsync(count);

        var approved = await f.ApproveAsync(count);

        Assert.True(approved.Succeeded, approved.Error?.Message);
        await using var db = f.NewContext();
        var loss = await db.StockDocuments.Include(d => d.Movements).SingleAsync(d => d.Number == approved.Value!.LossDocument);
        Assert.Equal((StockReason.CountLoss, approved.Value!.Number), (loss.Reason, loss.Note));
        var movement = Assert.Single(loss.Movements);
        Assert.Equal((MovementKind.Adjustment, -1), (movement.Kind, movement.Quantity));
        Assert.Equal(9, await f.OnHandAsync(f.Tent, "A-01-01"));
        Assert.Equal(CountState.Approved, (await f.LoadAsync(count)).State);
        await f.AssertLedgerMatchesBalancesAsync();
    }

    [Fact]
    public async Task A_line_over_the_tolerance_is_recounted_by_another_keeper_and_the_recount_stands()
    {
        using var f = await CountFixture.CreateAsync();
        var count = await f.PlanAsync(CountScope.LocationRange, "A-01-01", "A-01-01");
        await f.ScanAsync(count, "A-01-01", f.Tent, 5);

        Assert.Equal(CountState.Recounting, (await f.SubmitAsync(count)).Value);
        Assert.False((await f.ApproveAsync(count)).Succeeded);
        Assert.Equal("RecountBySameKeeper", (await f.ScanAsync(count, "A-01-01", f.Tent, 10)).Error?.Code);
        Assert.True((await f.ScanAsync(count, "A-01-01", f.Tent, 10, f.SecondKeeper)).Succeeded);
        Assert.Equal(CountState.Review, (await f.SubmitAsync(count, f.SecondKeeper)).Value);
        var approved = await f.ApproveAsync(count);

        Assert.True(approved.Succeeded, approved.Error?.Message);
        var line = Assert.Single((await f.LoadAsync(count)).Lines);
        Assert.Equal((10, true), (line.Counted, line.Recounted));
        Assert.Null(approved.Value!.LossDocument);
        Assert.Equal(10, await f.OnHandAsync(f.Tent, "A-01-01"));
    }

    [Fact]
    public async Task Someone_who_counted_may_not_approve_the_variances_and_another_manager_may()
    {
        using var f = await CountFixture.CreateAsync();
        var admin = new Domain.Allocation.WorkflowActor("admin", new HashSet<string> { Roles.Administrator }, [], null);
        var count = await f.PlanAsync(CountScope.LocationRange, "A-01-01", "A-01-01");
        await f.ScanAsync(count, "A-01-01", f.Tent, 11, admin);
        await f.SubmitAsync(count, admin);

        var refused = await f.ApproveAsync(count, admin);

        Assert.Equal(("CounterCannotApprove", Domain.Common.ErrorKind.Forbidden), (refused.Error?.Code, refused.Error!.Kind));
        Assert.Equal(10, await f.OnHandAsync(f.Tent, "A-01-01"));
        Assert.True((await f.ApproveAsync(count)).Succeeded);
        Assert.Equal(11, await f.OnHandAsync(f.Tent, "A-01-01"));
        await f.AssertLedgerMatchesBalancesAsync();
    }

    [Fact]
    public async Task Scans_outside_the_scope_negative_counts_and_units_held_elsewhere_are_refused_and_change_nothing()
    {
        using var f = await CountFixture.CreateAsync();
        var count = await f.PlanAsync(CountScope.LocationRange, "A-01-01", "A-01-01");
        var g2 = await f.UnitAsync("G2");
        Assert.True((await f.PostAsync(DocumentKind.Issue, StockReason.InternalUse, "out", new PostingLine(f.Generator, 1,
            SerialNumber: "G2"))).Succeeded);

        Assert.Equal("LocationOutsideCount", (await f.ScanAsync(count, "A-01-02", f.Tent, 1)).Error?.Code);
        Assert.Equal("CountQuantityNegative", (await f.ScanAsync(count, "A-01-01", f.Tent, -1)).Error?.Code);
        Assert.Equal("UnitAtOtherDepot", (await f.ScanAsync(count, "A-01-01", f.Generator, 1, unit: g2)).Error?.Code);

        var loaded = await f.LoadAsync(count);
        Assert.Equal(CountState.Planned, loaded.State);
        Assert.All(loaded.Locations, l => Assert.False(l.IsCounted));
    }

    [Fact]
    public async Task A_retried_scan_is_counted_once()
    {
        using var f = await CountFixture.CreateAsync();
        var count = await f.PlanAsync(CountScope.LocationRange, "A-01-01", "A-01-01");

        var first = await f.ScanAsync(count, "A-01-01", f.Tent, 4, clientId: "scan-1");
        var again = await f.ScanAsync(count, "A-01-01", f.Tent, 4, clientId: "scan-1");

        Assert.Equal((4, false), (first.Value!.CountedSoFar, first.Value.Replayed));
        Assert.Equal((4, true), (again.Value!.CountedSoFar, again.Value.Replayed));
    }

    [Fact]
    public async Task A_unit_found_in_another_bin_is_moved_there_and_a_unit_not_found_is_booked_out_as_lost()
    {
        using var f = await CountFixture.CreateAsync();
        var (g1, g2) = (await f.UnitAsync("G1"), await f.UnitAsync("G2"));
        var count = await f.PlanAsync();
        await f.ScanAsync(count, "A-01-01", f.Tent, 10);
        await f.ScanAsync(count, "A-01-02", null, 0);
        await f.ScanAsync(count, "A-01-03", f.Generator, 1, unit: g2);
        Assert.Equal(CountState.Recounting, (await f.SubmitAsync(count)).Value);
        await f.ScanAsync(count, "A-01-02", null, 0, f.SecondKeeper);
        await f.ScanAsync(count, "A-01-03", f.Generator, 1, f.SecondKeeper, g2);
        await f.SubmitAsync(count, f.SecondKeeper);

        Assert.True((await f.ApproveAsync(count)).Succeeded);

        await using var db = f.NewContext();
        Assert.Equal(EquipmentStatus.Lost, (await db.EquipmentUnits.SingleAsync(u => u.Id == g1)).Status);
        Assert.Equal(EquipmentStatus.InStock, (await db.EquipmentUnits.SingleAsync(u => u.Id == g2)).Status);
        Assert.Equal(0, await f.OnHandAsync(f.Generator, "A-01-02"));
        Assert.Equal(1, await f.OnHandAsync(f.Generator, "A-01-03"));
        await f.AssertLedgerMatchesBalancesAsync();
    }

    [Fact]
    public async Task Submitting_before_every_bin_is_counted_is_refused()
    {
        using var f = await CountFixture.CreateAsync();
        var count = await f.PlanAsync();
        await f.ScanAsync(count, "A-01-01", f.Tent, 10);

        var refused = await f.SubmitAsync(count);

        Assert.Equal("GuardRefused", refused.Error?.Code);
        Assert.Equal(CountState.Counting, (await f.LoadAsync(count)).State);
    }

    [Fact]
    public async Task A_cycle_count_takes_the_bins_holding_the_most_value_first()
    {
        using var f = await CountFixture.CreateAsync();

        var count = await f.PlanAsync(CountScope.Cycle, cycle: 1);

        Assert.Equal("CR-A-01-02", Assert.Single((await f.LoadAsync(count)).Locations).LocationCode);
    }
}
