using Warehouse.Domain.Common;

namespace Warehouse.Domain.Maintenance;

/// Free text on checks and repairs: trimmed, clean, and no longer than its field allows; blank is absent.
internal static class MaintenanceText
{
    public static string? Optional(string field, string? text, int limit)
    {
        FreeText.Require(field, text, multiLine: true);
        var trimmed = text?.Trim();
        if (trimmed?.Length > limit)
            throw new DomainException(Errors.TextTooLong(field, limit));
        return string.IsNullOrEmpty(trimmed) ? null : trimmed;
    }
}
