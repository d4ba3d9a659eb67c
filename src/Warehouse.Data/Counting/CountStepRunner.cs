using Microsoft.EntityFrameworkCore;
using Warehouse.Data.Infrastructure;
using Warehouse.Data.Stock;
using Warehouse.Domain.Common;
using Warehouse.Domain.Counting;

namespace Warehouse.Data.Counting;

/// What every step of a count shares, as the allocation steps share theirs: the execution strategy, one transaction
/// behind the SQLite write gate, the count loaded whole with its version moved on, and a refusal or a lost race
/// turned into an outcome that changed nothing.
public sealed class CountStepRunner(WarehouseDbContext db)
{
    /// One step = one transaction: the count's version moves on (see <see cref="WorkflowTransaction"/>).
    public Task<Outcome<TResult>> RunAsync<TState, TResult>(Func<Task<TState>> step, Func<TState, TResult> result) =>
        WorkflowTransaction.RunAsync<StockCount, TState, TResult>(db, step, result);

    /// Loads a count whole for a step.
    public async Task<StockCount> LoadAsync(int id) =>
        await db.StockCounts.Include(c => c.Locations).Include(c => c.Entries).Include(c => c.Lines).AsSplitQuery()
            .SingleOrDefaultAsync(c => c.Id == id)
        ?? throw new DomainException(Errors.UnknownCount(id));

    /// The ledger's last row now: a bin's expected figures are the books as they stood at this row.
    public async Task<long> LedgerMarkerAsync() => await db.StockMovements.MaxAsync(m => (long?)m.Id) ?? 0;
}
