namespace Warehouse.Web.Infrastructure.Security;

/// The `Security` section: second factor for approvers and auditors, and the login throttle.
public sealed class SecurityOptions
{
    public const string Section = "Security";

    /// Administrators, managers and auditors must sign in with a second factor (TOTP).
    public bool RequireMfa { get; set; } = true;

    /// Login and second-step posts one address may make per minute before it is answered 429.
    public int LoginAttemptsPerMinute { get; set; } = 10;
}
