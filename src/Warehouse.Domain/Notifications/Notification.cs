namespace Warehouse.Domain.Notifications;

/// What a notification tells its reader.
public enum NotificationKind
{
    /// An approval step the reader may decide (by role or as a deputy) is waiting.
    ApprovalWaiting,

    /// An approval step of the reader's authority waited past its limit and was escalated.
    StepEscalated,

    /// A dispatch is still on the road past the two-hour target.
    DispatchOverdue,

    /// A request the reader made has been delivered.
    DeliveryConfirmed,

    /// Goods of a request the reader made or manages were called up from a supplier agreement.
    CallUpOrdered,

    /// A call-up order for a request the reader made or manages was cancelled before the goods came.
    CallUpCancelled,
}

/// One notice for one user (站内通知): about one request, unread until the user marks it read. The key makes the same
/// notice (the same step waiting, the same dispatch overdue) arrive once however often it is looked for.
public sealed class Notification
{
    private Notification() { }

    public Notification(string userName, NotificationKind kind, int requestId, string requestNumber, string key, DateTime createdAtUtc)
    {
        UserName = userName;
        Kind = kind;
        RequestId = requestId;
        RequestNumber = requestNumber;
        Key = key;
        CreatedAt = DateTime.SpecifyKind(createdAtUtc, DateTimeKind.Utc);
    }

    public long Id { get; private set; }
    public string UserName { get; private set; } = "";
    public NotificationKind Kind { get; private set; }
    public int RequestId { get; private set; }
    public string RequestNumber { get; private set; } = "";

    /// What this notice is about, unique per user: kind, request and step or dispatch.
    public string Key { get; private set; } = "";
    public DateTime CreatedAt { get; private set; }
    public DateTime? ReadAt { get; private set; }

    public bool Unread => ReadAt is null;

    public void MarkRead(DateTime atUtc) => ReadAt ??= DateTime.SpecifyKind(atUtc, DateTimeKind.Utc);
}
