namespace Warehouse.Domain.Closing;

public enum DocumentChange
{
    Added,
    Removed,
    Changed,
}

/// A document whose rows in a closed period differ from what the close saw.
public sealed record DocumentDifference(string Number, DocumentChange Change, int RowsThen, int RowsNow);

/// Names the documents whose share of a period's ledger differs between the close and now.
public static class LedgerDifference
{
    public static IReadOnlyList<DocumentDifference> Between(IEnumerable<DocumentDigest> then, IEnumerable<DocumentDigest> now)
    {
        var before = then.ToDictionary(d => d.DocumentId);
        var after = now.ToDictionary(d => d.DocumentId);
        var changes = new List<DocumentDifference>();
        foreach (var (id, old) in before)
        {
            if (!after.TryGetValue(id, out var current))
                changes.Add(new DocumentDifference(old.Number, DocumentChange.Removed, old.Rows, 0));
            else if (current.Digest != old.Digest)
                changes.Add(new DocumentDifference(old.Number, DocumentChange.Changed, old.Rows, current.Rows));
        }
        changes.AddRange(after.Values.Where(d => !before.ContainsKey(d.DocumentId))
            .Select(d => new DocumentDifference(d.Number, DocumentChange.Added, 0, d.Rows)));
        return changes.OrderBy(c => c.Number, StringComparer.Ordinal).ToList();
    }
}
