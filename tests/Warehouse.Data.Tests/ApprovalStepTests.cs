using Microsoft.EntityFrameworkCore;
using Warehouse.Domain.Allocation;
using Warehouse.Domain.Approvals;
using Warehouse.Domain.Common;
using static Warehouse.Data.Tests.ApprovalFixture;

namespace Warehouse.Data.Tests;

public sealed class ApprovalStepTests : IDisposable
{
    private readonly ApprovalFixture _fixture = new();

    public void Dispose() => _fixture.Dispose();

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_large_routine_request_needs_the_section_chief_and_then_the_director(string provider)
    {
        await _fixture.SetUpAsync(provider);
        await _fixture.LargeNeedsDirectorAsync();
        var id = await _fixture.SubmittedAsync(60);

        Assert.Equal([ApprovalLevel.SectionChief, ApprovalLevel.Director], (await _fixture.RequestAsync(id)).Steps.Select(s => s.Level));
        Assert.True((await _fixture.ApproveStepAsync(id, Chief, "科室同意")).Succeeded);
        var between = await _fixture.RequestAsync(id);
        Assert.Equal(RequestState.InApproval, between.State);
        Assert.Equal(("chief", "科室同意"), (between.Steps[0].DecidedBy, between.Steps[0].Comment));
        Assert.Equal(2, between.CurrentStep!.Number);
        Assert.NotNull(between.CurrentStep.OpenedAt);

        Assert.True((await _fixture.ApproveAsync(id, Director, 60)).Succeeded);
        var approved = await _fixture.RequestAsync(id);
        Assert.Equal(RequestState.Approved, approved.State);
        Assert.All(approved.Steps, s => Assert.Equal(StepDecision.Approved, s.Decision));
        Assert.Equal("director", approved.Steps[1].DecidedBy);
        Assert.Contains(approved.Transitions, t => t.Trigger == RequestTrigger.ApproveStep && t.By == "chief");
    }

    [Fact]
    public async Task Approving_a_step_that_is_not_yours_is_refused_and_changes_nothing()
    {
        await _fixture.SetUpAsync();
        await _fixture.LargeNeedsDirectorAsync();
        var id = await _fixture.SubmittedAsync(60);
        var before = await _fixture.RequestAsync(id);

        var director = await _fixture.ApproveStepAsync(id, Director);
        var chiefSkipsAhead = await _fixture.ApproveAsync(id, Chief, 60);

        Assert.Equal(ErrorKind.Forbidden, director.Error?.Kind);
        Assert.False(chiefSkipsAhead.Succeeded);
        var after = await _fixture.RequestAsync(id);
        Assert.Equal((RequestState.Submitted, before.Version), (after.State, after.Version));
        Assert.All(after.Steps, s => Assert.Equal(StepDecision.Waiting, s.Decision));
    }

    [Fact]
    public async Task A_rejection_at_the_second_step_ends_the_request_and_records_who_and_why()
    {
        await _fixture.SetUpAsync();
        await _fixture.LargeNeedsDirectorAsync();
        var id = await _fixture.SubmittedAsync(60);
        Assert.True((await _fixture.ApproveStepAsync(id, Chief)).Succeeded);

        await using var db = _fixture.Database.NewContext();
        var rejected = await _fixture.Steps(db).Triggers.FireAsync(id, (await _fixture.RequestAsync(id)).Version,
            RequestTrigger.Reject, "超出年度计划", Director);

        Assert.True(rejected.Succeeded, rejected.Error?.Message);
        var request = await _fixture.RequestAsync(id);
        Assert.Equal(RequestState.Rejected, request.State);
        Assert.Equal((StepDecision.Rejected, "director", "超出年度计划"),
            (request.Steps[1].Decision, request.Steps[1].DecidedBy, request.Steps[1].Comment));
    }

    [Fact]
    public async Task A_small_request_with_no_matching_rule_needs_one_step_a_manager_may_take()
    {
        await _fixture.SetUpAsync();
        await _fixture.LargeNeedsDirectorAsync();
        var id = await _fixture.SubmittedAsync(5);

        var request = await _fixture.RequestAsync(id);
        Assert.Null(request.ApprovalRuleId);
        Assert.Equal(ApprovalLevel.SectionChief, Assert.Single(request.Steps).Level);
        Assert.True((await _fixture.ApproveAsync(id, Deputy, 5)).Succeeded);
    }

    [Fact]
    public async Task A_request_keeps_the_rule_version_it_was_submitted_under_when_the_rule_changes()
    {
        await _fixture.SetUpAsync();
        await _fixture.LargeNeedsDirectorAsync();
        var id = await _fixture.SubmittedAsync(60);
        await using var db = _fixture.Database.NewContext();
        var edited = await _fixture.Steps(db).Rules.SaveAsync(1, "大额（收紧）", new ApprovalConditions([], null, 50_000m, null, null),
            [ApprovalLevel.SectionChief, ApprovalLevel.Director, ApprovalLevel.DutyLeader], Admin);
        Assert.True(edited.Succeeded, edited.Error?.Message);

        var first = await _fixture.RequestAsync(id);
        var later = await _fixture.RequestAsync(await _fixture.SubmittedAsync(60));
        var versions = await db.ApprovalRules.AsNoTracking().OrderBy(r => r.Version).ToListAsync();
        Assert.Equal([(1, false), (2, true)], versions.Select(r => (r.Version, r.Active)));
        Assert.Equal((versions[0].Id, 2), (first.ApprovalRuleId, first.Steps.Count));
        Assert.Equal((versions[1].Id, 3), (later.ApprovalRuleId, later.Steps.Count));
    }

    [Fact]
    public async Task A_request_that_can_only_be_met_below_a_reserve_floor_needs_the_director()
    {
        await _fixture.SetUpAsync();
        await using var db = _fixture.Database.NewContext();
        var quota = new Domain.Catalog.Quota(_fixture.Depot, _fixture.Tent, 20, 100);
        quota.SetReserveFloor(50);
        db.Quotas.Add(quota);
        await db.SaveChangesAsync();
        var saved = await _fixture.Steps(db).Rules.SaveAsync(null, "动用储备底线", new ApprovalConditions([], null, null, null, true),
            [ApprovalLevel.SectionChief, ApprovalLevel.Director], Admin);
        Assert.True(saved.Succeeded);

        var withinSpare = await _fixture.RequestAsync(await _fixture.SubmittedAsync(50));
        var intoFloor = await _fixture.RequestAsync(await _fixture.SubmittedAsync(51));

        Assert.Single(withinSpare.Steps);
        Assert.Equal([ApprovalLevel.SectionChief, ApprovalLevel.Director], intoFloor.Steps.Select(s => s.Level));
    }
}
