using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;

namespace Warehouse.Web.Features.Live;

/// What the server pushes to an open page.
public interface ILiveClient
{
    /// A request changed: open boards and that request's page redraw their part.
    Task RequestChanged(RequestChangeMessage change);

    /// A notice for this user was stored: their bells redraw with the new unread count.
    Task Notified(NotificationMessage notice);
}

/// The caller's unread count after a new notice.
public sealed record NotificationMessage(int Unread);

/// A committed change of a request, as the page receives it; the board shows every open request to everyone signed
/// in, so its number and state tell a listener nothing the board would not.
public sealed record RequestChangeMessage(int RequestId, string Number, string State, string Kind);

/// The push channel of the board, the request pages and the bell: the same people who may see the board (anyone
/// signed in) may listen. Clients only listen; they send nothing.
[Authorize]
public sealed class LiveHub(LiveConnections connections) : Hub<ILiveClient>
{
    public const string Path = "/live";

    public override Task OnConnectedAsync()
    {
        connections.Opened();
        return base.OnConnectedAsync();
    }

    public override Task OnDisconnectedAsync(Exception? exception)
    {
        connections.Closed();
        return base.OnDisconnectedAsync(exception);
    }
}
