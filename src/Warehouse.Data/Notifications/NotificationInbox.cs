using Microsoft.EntityFrameworkCore;
using Warehouse.Domain.Common;
using Warehouse.Domain.Notifications;

namespace Warehouse.Data.Notifications;

/// One user's notifications: what the bell counts and lists, and marking them read. A user only ever reaches their own.
public sealed class NotificationInbox(WarehouseDbContext db, BureauClock clock)
{
    public Task<int> UnreadCountAsync(string userName, CancellationToken cancellationToken = default) =>
        db.Notifications.CountAsync(n => n.UserName == userName && n.ReadAt == null, cancellationToken);

    /// The newest first; unread ones before read ones when only unread are asked for.
    public Task<List<Notification>> LatestAsync(string userName, int take, bool unreadOnly,
        CancellationToken cancellationToken = default) =>
        db.Notifications.AsNoTracking()
            .Where(n => n.UserName == userName && (!unreadOnly || n.ReadAt == null))
            .OrderByDescending(n => n.Id).Take(take).ToListAsync(cancellationToken);

    /// Marks one of the user's notifications read; answers the request it is about, or null when it is not theirs.
    public async Task<int?> MarkReadAsync(string userName, long id)
    {
        var notification = await db.Notifications.SingleOrDefaultAsync(n => n.Id == id && n.UserName == userName);
        if (notification is null)
            return null;
        notification.MarkRead(clock.UtcNow);
        await db.SaveChangesAsync();
        return notification.RequestId;
    }

    public Task<int> MarkAllReadAsync(string userName)
    {
        var now = clock.UtcNow;
        return db.Notifications.Where(n => n.UserName == userName && n.ReadAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(n => n.ReadAt, now));
    }
}
