namespace Warehouse.Domain.Common;

/// Refusals about accounts and sign-in.
public static partial class Errors
{
    public static DomainError LastAdministrator(string user) =>
        new("LastAdministrator", $"{user} is the last active administrator: make someone else an administrator first.", user);

    public static DomainError PasswordChangeRequired() =>
        new("PasswordChangeRequired", "Change your password at /Account/Password before doing anything else.")
            { Kind = ErrorKind.Forbidden };

    public static DomainError MfaEnrolmentRequired() =>
        new("MfaEnrolmentRequired", "Set up two-step sign-in at /Account/TwoFactor before doing anything else.")
            { Kind = ErrorKind.Forbidden };

    public static DomainError MfaRequiredForRole() =>
        new("MfaRequiredForRole", "Your role requires two-step sign-in; it cannot be turned off.");
}
