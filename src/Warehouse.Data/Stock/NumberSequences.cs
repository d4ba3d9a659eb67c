using Microsoft.EntityFrameworkCore;
using Warehouse.Domain.Common;

namespace Warehouse.Data.Stock;

/// Hands out the next number of a named counter. Call it inside the caller's transaction: the increment is
/// an atomic update, so two postings never get the same number.
public sealed class NumberSequences(WarehouseDbContext db)
{
    public async Task<long> NextAsync(string name, CancellationToken cancellationToken)
    {
        if (await IncrementAsync(name, cancellationToken) == 0)
        {
            db.NumberSequences.Add(new NumberSequence(name));
            await db.SaveChangesAsync(cancellationToken);
            await IncrementAsync(name, cancellationToken);
        }
        return await db.NumberSequences.Where(s => s.Name == name).Select(s => s.Last).SingleAsync(cancellationToken);
    }

    private Task<int> IncrementAsync(string name, CancellationToken cancellationToken) =>
        db.NumberSequences.Where(s => s.Name == name)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.Last, x => x.Last + 1), cancellationToken);
}
