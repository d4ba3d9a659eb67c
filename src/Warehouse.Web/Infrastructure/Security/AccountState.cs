namespace Warehouse.Web.Infrastructure.Security;

/// The signed-in user's row as this request found it: read once by the session check, used by the account gate.
public sealed record AccountState(string? SecurityStamp, bool Disabled, bool MustChangePassword, bool TwoFactorEnabled);
