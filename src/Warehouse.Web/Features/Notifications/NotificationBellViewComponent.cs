using Microsoft.AspNetCore.Mvc;
using Warehouse.Data.Notifications;
using Warehouse.Domain.Common;
using Warehouse.Domain.Notifications;

namespace Warehouse.Web.Features.Notifications;

/// One line of the bell's list.
public sealed record BellItem(long Id, NotificationKind Kind, string RequestNumber, DateTime AtLocal, bool Unread);

/// What the bell shows: how many are unread, and the newest notices.
public sealed record Bell(int Unread, IReadOnlyList<BellItem> Latest);

/// The bell in the menu bar of every signed-in page; live.js redraws it when a notice is pushed.
public sealed class NotificationBellViewComponent(NotificationInbox inbox, BureauClock clock) : ViewComponent
{
    public const int Shown = 10;

    public async Task<IViewComponentResult> InvokeAsync()
    {
        var me = User.Identity?.Name;
        if (me is null)
            return Content("");
        var latest = await inbox.LatestAsync(me, Shown, unreadOnly: false);
        var items = latest.Select(n => new BellItem(n.Id, n.Kind, n.RequestNumber, clock.ToLocal(n.CreatedAt), n.Unread)).ToList();
        return View(new Bell(await inbox.UnreadCountAsync(me), items));
    }
}
