using Microsoft.EntityFrameworkCore;

namespace Warehouse.Data.Allocation;

/// When a delivered dispatch or call-up order was added to the transfer tallies: a column of the database's own
/// bookkeeping (a shadow property), not part of the delivery. Until it is set, the report reads the delivery itself beside
/// the tallies, so the figures are whole whether or not the tallies have caught up. Empty until then, so the rows still
/// to tally are the few in a partial index on it, which every database can seek (an index on a flag that is false is
/// no use to SQLite's planner for "NOT flag").
public static class Tallied
{
    public const string Column = "TalliedAt";

    /// The filter of the partial index that holds the rows not yet tallied, as every provider writes it.
    public const string Filter = $"\"{Column}\" IS NULL";

    /// The rows not yet tallied, delivered or not.
    public static IQueryable<T> Untallied<T>(this IQueryable<T> rows) where T : class =>
        rows.Where(r => EF.Property<DateTime?>(r, Column) == null);

    /// Marks the rows tallied, those not yet marked only; answers how many it marked.
    public static Task<int> MarkTalliedAsync<T>(this IQueryable<T> rows, DateTime atUtc, CancellationToken cancellationToken)
        where T : class =>
        rows.Untallied().ExecuteUpdateAsync(s => s.SetProperty(r => EF.Property<DateTime?>(r, Column), atUtc), cancellationToken);
}
