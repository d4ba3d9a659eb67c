using System.Globalization;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Warehouse.Domain.Common;

namespace Warehouse.Web.Features.Catalog;

/// The fields an edit changed, before and after, compact for the audit row: `Name: 帐篷 → 救灾帐篷; UnitPrice: 1200 → 1250`.
public static class CatalogChanges
{
    /// Null when nothing changed.
    public static string? Describe(EntityEntry entry)
    {
        entry.DetectChanges();
        var changes = entry.Properties
            .Where(p => p.IsModified && p.Metadata.Name != nameof(IVersioned.Version) && !Equals(p.OriginalValue, p.CurrentValue))
            .Select(p => $"{p.Metadata.Name}: {Show(p.OriginalValue)} → {Show(p.CurrentValue)}")
            .ToList();
        return changes.Count == 0 ? null : string.Join("; ", changes);
    }

    private static string Show(object? value) => value switch
    {
        null => "∅",
        decimal d => d.ToString("0.##########", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
