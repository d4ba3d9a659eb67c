using Microsoft.EntityFrameworkCore;
using Warehouse.Data.Infrastructure;
using Warehouse.Data.Stock;
using Warehouse.Domain.Common;

namespace Warehouse.Data.Approvals;

/// One administrative write of the approval set-up (a rule version, a delegation) in one transaction behind the SQLite
/// write gate; a refusal or a lost race changes nothing.
internal static class ApprovalWrites
{
    public static async Task<Outcome<T>> RunAsync<T>(WarehouseDbContext db, Func<Task<T>> write)
    {
        try
        {
            var strategy = db.Database.CreateExecutionStrategy();
            return await strategy.ExecuteAsync(() => SqliteWriteGate.RunAsync(db, async () =>
            {
                db.ChangeTracker.Clear();
                await using var transaction = await db.Database.BeginTransactionAsync();
                var value = await write();
                await db.SaveChangesAsync();
                await transaction.CommitAsync();
                return (Outcome<T>)value;
            }, CancellationToken.None));
        }
        catch (DomainException refused)
        {
            db.ChangeTracker.Clear();
            return refused.Error;
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            return Errors.ConcurrentChange();
        }
    }
}
