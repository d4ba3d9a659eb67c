using Microsoft.EntityFrameworkCore;
using Warehouse.Data.Approvals;
using Warehouse.Data.Auditing;
using Warehouse.Data.Live;
using Warehouse.Domain.Allocation;
using Warehouse.Domain.Approvals;
using Warehouse.Domain.Auditing;
using Warehouse.Domain.Common;
using static Warehouse.Data.Tests.ApprovalFixture;

namespace Warehouse.Data.Tests;

public sealed class EscalationTests : IDisposable
{
    private readonly ApprovalFixture _fixture = new();
    private readonly MovableTime _time = new();

    public void Dispose() => _fixture.Dispose();

    private async Task<IReadOnlyList<string>> EscalateAsync()
    {
        await using var db = _fixture.Database.NewContext();
        return await new StepEscalation(db, new AuditTrail(db, _fixture.Database.Clock), _fixture.Database.Clock, new NoRequestChanges())
            .EscalateAsync(StepLimits.Default);
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_routine_step_waiting_past_thirty_minutes_is_escalated_once_and_an_emergency_one_past_ten(string provider)
    {
        await _fixture.SetUpAsync(provider);
        _fixture.Database.Clock = new BureauClock(_time, BureauClock.FindZone("Asia/Shanghai"));
        var routine = await _fixture.SubmittedAsync(5);
        var emergency = await _fixture.SubmittedAsync(5, EmergencyLevel.I);

        _time.Advance(TimeSpan.FromMinutes(9));
        Assert.Empty(await EscalateAsync());
        _time.Advance(TimeSpan.FromMinutes(2));
        var first = await EscalateAsync();
        _time.Advance(TimeSpan.FromMinutes(20));
        var second = await EscalateAsync();
        var third = await EscalateAsync();

        var numbers = (await _fixture.RequestAsync(routine)).Number;
        Assert.Equal([(await _fixture.RequestAsync(emergency)).Number], first);
        Assert.Equal([numbers], second);
        Assert.Empty(third);
        Assert.NotNull((await _fixture.RequestAsync(routine)).Steps.Single().EscalatedAt);
        await using var db = _fixture.Database.NewContext();
        Assert.Equal(2, await db.AuditEntries.CountAsync(a => a.Action == AuditActions.ApprovalStepEscalated));
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Two_instances_that_read_the_same_overdue_steps_escalate_and_audit_each_once(string provider)
    {
        await _fixture.SetUpAsync(provider);
        _fixture.Database.Clock = new BureauClock(_time, BureauClock.FindZone("Asia/Shanghai"));
        var requests = new[] { await _fixture.SubmittedAsync(5), await _fixture.SubmittedAsync(6), await _fixture.SubmittedAsync(7) };
        _time.Advance(TimeSpan.FromMinutes(31));
        await using var first = _fixture.Database.NewContext();
        await using var second = _fixture.Database.NewContext();
        var one = new StepEscalation(first, new AuditTrail(first, _fixture.Database.Clock), _fixture.Database.Clock,
            new NoRequestChanges());
        var other = new StepEscalation(second, new AuditTrail(second, _fixture.Database.Clock), _fixture.Database.Clock,
            new NoRequestChanges());

        var seenByOne = await one.OverdueAsync(StepLimits.Default);
        var seenByOther = await other.OverdueAsync(StepLimits.Default);
        var marked = await Task.WhenAll(one.MarkAsync(seenByOne), other.MarkAsync(seenByOther));

        Assert.Equal(3, seenByOne.Count);
        Assert.Equal(3, seenByOther.Count);
        Assert.Equal(3, marked.Sum(m => m.Count));
        Assert.Equal(3, marked.SelectMany(m => m).Distinct().Count());
        await using var db = _fixture.Database.NewContext();
        Assert.Equal(3, await db.AuditEntries.CountAsync(a => a.Action == AuditActions.ApprovalStepEscalated));
        foreach (var id in requests)
            Assert.NotNull((await _fixture.RequestAsync(id)).Steps.Single().EscalatedAt);
    }

    [Fact]
    public async Task A_step_approved_in_time_is_not_escalated_and_the_next_step_counts_from_its_own_opening()
    {
        await _fixture.SetUpAsync();
        _fixture.Database.Clock = new BureauClock(_time, BureauClock.FindZone("Asia/Shanghai"));
        await _fixture.LargeNeedsDirectorAsync();
        var id = await _fixture.SubmittedAsync(60);
        _time.Advance(TimeSpan.FromMinutes(25));
        Assert.True((await _fixture.ApproveStepAsync(id, Chief)).Succeeded);

        _time.Advance(TimeSpan.FromMinutes(25));
        Assert.Empty(await EscalateAsync());
        _time.Advance(TimeSpan.FromMinutes(6));
        Assert.Single(await EscalateAsync());

        var steps = (await _fixture.RequestAsync(id)).Steps.OrderBy(s => s.Number).ToList();
        Assert.Null(steps[0].EscalatedAt);
        Assert.NotNull(steps[1].EscalatedAt);
        Assert.Equal(RequestState.InApproval, (await _fixture.RequestAsync(id)).State);
    }

    private sealed class MovableTime : TimeProvider
    {
        private DateTimeOffset _now = DateTimeOffset.UtcNow;

        public void Advance(TimeSpan by) => _now += by;

        public override DateTimeOffset GetUtcNow() => _now;
    }
}
