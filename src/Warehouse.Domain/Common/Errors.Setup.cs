namespace Warehouse.Domain.Common;

/// Refusals of the first-run set-up.
public static partial class Errors
{
    public static DomainError UnknownTimeZone(string zone) =>
        new("UnknownTimeZone", $"Time zone \"{zone}\" is not known on this server (for China: Asia/Shanghai).", zone);

    public static DomainError SetupAlreadyDone() =>
        new("SetupAlreadyDone", "This installation already has users: the first-run set-up is closed.") { Kind = ErrorKind.Conflict };
}
