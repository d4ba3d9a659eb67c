using Microsoft.AspNetCore.SignalR;
using Warehouse.Data.Live;
using Warehouse.Web.Features.Notifications;

namespace Warehouse.Web.Features.Live;

/// Pushes committed request changes to every open page (through the Redis backplane to the other instances' pages
/// when one is configured), then stores and pushes the notifications they cause. A push that fails is logged and
/// dropped: the step has committed, and pages whose connection is down reload once a minute.
public sealed class HubRequestChanges(IHubContext<LiveHub, ILiveClient> hub, NotificationPush notifications,
    ILogger<HubRequestChanges> logger) : IRequestChanges
{
    public async Task PublishAsync(IReadOnlyList<RequestChange> changes)
    {
        try
        {
            foreach (var change in changes)
                await hub.Clients.All.RequestChanged(
                    new RequestChangeMessage(change.RequestId, change.Number, change.State.ToString(), change.Kind.ToString()));
            await notifications.PlanAndPushAsync(changes);
        }
        catch (Exception e)
        {
            logger.LogWarning(e, "The changes of requests {Numbers} could not all be pushed.",
                string.Join(", ", changes.Select(c => c.Number)));
        }
    }
}
