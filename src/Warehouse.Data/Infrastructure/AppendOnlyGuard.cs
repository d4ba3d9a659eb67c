using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Warehouse.Domain.Auditing;
using Warehouse.Domain.Stock;

namespace Warehouse.Data.Infrastructure;

/// The ledger, its documents and the audit trail only grow. Database triggers refuse changes from outside the app;
/// this refuses them earlier, with a clear message, from inside it.
public sealed class AppendOnlyGuard : SaveChangesInterceptor
{
    /// The entities SaveChanges may only insert.
    public static readonly IReadOnlySet<Type> Guarded = new HashSet<Type> { typeof(StockMovement), typeof(AuditEntry), typeof(StockDocument) };

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Check(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData,
        InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Check(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private static void Check(DbContext? context)
    {
        if (context is null)
            return;
        foreach (var entry in context.ChangeTracker.Entries())
        {
            if (entry.State is EntityState.Modified or EntityState.Deleted && Guarded.Contains(entry.Entity.GetType()))
                throw new InvalidOperationException($"{entry.Entity.GetType().Name} rows are append-only: record a correction instead.");
        }
    }
}
