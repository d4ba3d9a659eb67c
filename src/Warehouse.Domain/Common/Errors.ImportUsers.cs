namespace Warehouse.Domain.Common;

/// Refusals of a users sheet's rows, and of a set-password link that is no longer good.
public static partial class Errors
{
    public static DomainError ImportUnknownRole(string value) =>
        new("ImportUnknownRole", $"\"{value}\" is not a role: use Administrator, Manager, Keeper, Department or Auditor.", value);

    public static DomainError ImportUserNameInvalid(string name) =>
        new("ImportUserNameInvalid", $"User name \"{name}\" may hold only letters, digits and - . _ @ +, up to 50 characters.", name);

    public static DomainError SetPasswordLinkInvalid() =>
        new("SetPasswordLinkInvalid",
            "This link is not valid: it was already used, it expired, or it was copied incompletely. Ask an administrator for a new one.")
        { Kind = ErrorKind.NotFound };
}
