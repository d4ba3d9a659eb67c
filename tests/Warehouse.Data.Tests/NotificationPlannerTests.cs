using Microsoft.EntityFrameworkCore;
using Warehouse.Data.Live;
using Warehouse.Domain.Allocation;
using Warehouse.Domain.Constants;
using Warehouse.Domain.Notifications;
using static Warehouse.Data.Tests.ApprovalFixture;

namespace Warehouse.Data.Tests;

public sealed class NotificationPlannerTests : IDisposable
{
    private readonly ApprovalFixture _fixture = new();

    public void Dispose() => _fixture.Dispose();

    private async Task<List<string>> TellAsync(int id, RequestChangeKind kind = RequestChangeKind.Stepped)
    {
        var request = await _fixture.RequestAsync(id);
        await using var db = _fixture.Database.NewContext();
        var planned = await _fixture.Steps(db).Notices.PlanAsync([new RequestChange(id, request.Number, request.State, kind)]);
        return planned.Select(n => n.UserName).Order().ToList();
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Each_waiting_step_tells_the_holders_of_its_authority_and_their_running_deputies_once(string provider)
    {
        await _fixture.SetUpAsync(provider);
        await _fixture.LargeNeedsDirectorAsync();
        var id = await _fixture.SubmittedAsync(60);

        Assert.Equal(["chief", "deputy"], await TellAsync(id));
        Assert.Empty(await TellAsync(id));

        await using (var db = _fixture.Database.NewContext())
        {
            var named = await _fixture.Steps(db).Delegations.NameAsync("director", new HashSet<string> { Roles.Director }, "chief",
                DateTime.UtcNow.AddMinutes(-1), DateTime.UtcNow.AddDays(1), Admin);
            Assert.True(named.Succeeded, named.Error?.Message);
        }
        Assert.True((await _fixture.ApproveStepAsync(id, Chief)).Succeeded);

        Assert.Equal(["chief", "director"], await TellAsync(id));
        Assert.Equal(["chief", "director"], await TellAsync(id, RequestChangeKind.Escalated));
        await using var check = _fixture.Database.NewContext();
        var stored = await check.Notifications.Where(n => n.RequestId == id).ToListAsync();
        Assert.Equal(6, stored.Count);
        Assert.Equal(2, stored.Count(n => n.Kind == NotificationKind.StepEscalated));
        Assert.All(stored, n => Assert.True(n.Unread));
        Assert.DoesNotContain(stored, n => n.UserName == Department.UserName);
    }

    [Fact]
    public async Task A_request_that_left_the_approval_steps_tells_no_approver()
    {
        await _fixture.SetUpAsync();
        var id = await _fixture.SubmittedAsync(5);
        Assert.True((await _fixture.ApproveAsync(id, Chief, 5)).Succeeded);

        Assert.Empty(await TellAsync(id));
    }
}
