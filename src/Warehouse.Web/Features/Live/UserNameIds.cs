using Microsoft.AspNetCore.SignalR;

namespace Warehouse.Web.Features.Live;

/// Addresses a user's connections by user name, the name notifications are stored under.
public sealed class UserNameIds : IUserIdProvider
{
    public string? GetUserId(HubConnectionContext connection) => connection.User.Identity?.Name;
}
