using Microsoft.AspNetCore.SignalR;
using Warehouse.Data.Live;
using Warehouse.Data.Notifications;
using Warehouse.Domain.Notifications;
using Warehouse.Web.Features.Live;

namespace Warehouse.Web.Features.Notifications;

/// Stores the notifications a change or an overdue sweep causes and rings the bells of their readers: each reader's
/// open pages get their new unread count, and an e-mail goes out when SMTP is configured.
public sealed class NotificationPush(IServiceScopeFactory scopes, IHubContext<LiveHub, ILiveClient> hub, NotificationMail mail)
{
    public async Task PlanAndPushAsync(IReadOnlyList<RequestChange> changes)
    {
        await using var scope = scopes.CreateAsyncScope();
        var planned = await scope.ServiceProvider.GetRequiredService<NotificationPlanner>().PlanAsync(changes);
        await PushAsync(scope.ServiceProvider, planned);
    }

    public async Task<IReadOnlyList<Notification>> SweepOverdueAsync(TimeSpan target)
    {
        await using var scope = scopes.CreateAsyncScope();
        var planned = await scope.ServiceProvider.GetRequiredService<NotificationPlanner>().SweepOverdueAsync(target);
        await PushAsync(scope.ServiceProvider, planned);
        return planned;
    }

    private async Task PushAsync(IServiceProvider services, IReadOnlyList<Notification> planned)
    {
        var inbox = services.GetRequiredService<NotificationInbox>();
        foreach (var user in planned.Select(n => n.UserName).Distinct())
            await hub.Clients.User(user).Notified(new NotificationMessage(await inbox.UnreadCountAsync(user)));
        await mail.SendAsync(services, planned);
    }
}
