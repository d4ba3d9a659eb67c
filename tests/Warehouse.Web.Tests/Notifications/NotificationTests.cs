using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Warehouse.Data.Live;
using Warehouse.Data.Notifications;
using Warehouse.Domain.Allocation;
using Warehouse.Domain.Notifications;
using Warehouse.Web.Features.Allocation;

namespace Warehouse.Web.Tests.Notifications;

/// Who gets which notice, what their bell shows, and that a notice is theirs alone to open.
public sealed partial class NotificationTests(WarehouseFactory factory) : IClassFixture<WarehouseFactory>
{
    [Fact]
    public async Task An_escalated_step_rings_the_bells_of_its_approvers_and_opening_the_notice_marks_it_read()
    {
        await factory.Services.GetRequiredService<EscalationWorker>().RunOnceAsync(CancellationToken.None);
        await using var db = factory.NewDbContext();
        var overdue = await db.AllocationRequests.SingleAsync(r => r.Incident == "南湖水位超警");
        var told = await db.Notifications.Where(n => n.RequestId == overdue.Id && n.Kind == NotificationKind.StepEscalated)
            .Select(n => n.UserName).ToListAsync();
        Assert.Contains("manager", told);
        Assert.DoesNotContain("dept", told);
        Assert.DoesNotContain("keeper", told);
        Assert.DoesNotContain("auditor", told);

        var manager = await factory.SignedInClientAsync("manager", "en");
        var bell = await manager.GetStringAsync("/Notifications/Bell");
        Assert.Contains($"The approval of request {overdue.Number} waited past its limit and was escalated.", bell);
        var unread = Unread(bell);
        Assert.True(unread >= 1);
        Assert.DoesNotContain(overdue.Number, await (await factory.SignedInClientAsync("dept")).GetStringAsync("/Notifications/Bell"));

        var notice = await db.Notifications.SingleAsync(n => n.RequestId == overdue.Id && n.UserName == "manager"
            && n.Kind == NotificationKind.StepEscalated);
        var stranger = await (await factory.SignedInClientAsync("keeper")).PostFormAsync("/", $"/Notifications/Open/{notice.Id}", []);
        Assert.Equal("/", stranger.Headers.Location?.OriginalString);
        Assert.Equal(unread, Unread(await manager.GetStringAsync("/Notifications/Bell")));
        var opened = await manager.PostFormAsync("/", $"/Notifications/Open/{notice.Id}", []);
        Assert.Equal(HttpStatusCode.Redirect, opened.StatusCode);
        Assert.Equal($"/Requests/Details/{overdue.Id}", opened.Headers.Location?.OriginalString);
        Assert.Equal(unread - 1, Unread(await manager.GetStringAsync("/Notifications/Bell")));
    }

    [Fact]
    public async Task A_dispatch_past_the_target_tells_the_managers_and_the_requester_once_and_a_delivery_tells_the_requester()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var planner = scope.ServiceProvider.GetRequiredService<NotificationPlanner>();
        await using var db = factory.NewDbContext();
        var transit = await db.AllocationRequests.SingleAsync(r => r.Incident == "临江堤防巡查");

        await planner.SweepOverdueAsync(TimeSpan.Zero);
        var told = await db.Notifications.Where(n => n.RequestId == transit.Id && n.Kind == NotificationKind.DispatchOverdue)
            .Select(n => n.UserName).ToListAsync();
        Assert.Contains("manager", told);
        Assert.Contains(transit.RequestedBy, told);
        Assert.DoesNotContain("keeper", told);
        Assert.DoesNotContain("auditor", told);
        Assert.DoesNotContain(await planner.SweepOverdueAsync(TimeSpan.Zero), n => n.RequestId == transit.Id);

        var delivered = await db.AllocationRequests.FirstAsync(r => r.State == RequestState.Delivered);
        var notices = await planner.PlanAsync([new RequestChange(delivered.Id, delivered.Number, RequestState.Delivered, RequestChangeKind.Stepped)]);
        Assert.Equal([(delivered.RequestedBy, NotificationKind.DeliveryConfirmed)], notices.Select(n => (n.UserName, n.Kind)));
        var bell = await (await factory.SignedInClientAsync(delivered.RequestedBy)).GetStringAsync("/Notifications/Bell");
        Assert.Contains($"您的调拨申请 {delivered.Number} 已确认送达。", bell);
    }

    [Fact]
    public async Task Mark_all_read_empties_the_count_of_the_caller_only()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<NotificationPlanner>().SweepOverdueAsync(TimeSpan.Zero);
        var manager = await factory.SignedInClientAsync("manager");
        var dept = await factory.SignedInClientAsync("dept");
        var deptUnread = Unread(await dept.GetStringAsync("/Notifications/Bell"));
        Assert.True(Unread(await manager.GetStringAsync("/Notifications/Bell")) > 0);

        var read = await manager.PostFormAsync("/", "/Notifications/ReadAll", new() { ["returnUrl"] = "/Board" });
        Assert.Equal("/Board", read.Headers.Location?.OriginalString);
        Assert.Equal(0, Unread(await manager.GetStringAsync("/Notifications/Bell")));
        Assert.Equal(deptUnread, Unread(await dept.GetStringAsync("/Notifications/Bell")));
    }

    private static int Unread(string bell) =>
        CountPattern().Match(bell) is { Success: true } m ? int.Parse(m.Groups[1].Value) : 0;

    [GeneratedRegex("data-testid=\"bell-count\">(\\d+)<")]
    private static partial Regex CountPattern();
}
