using Microsoft.EntityFrameworkCore;
using Warehouse.Data.Infrastructure;
using Warehouse.Domain.Common;

namespace Warehouse.Data.Stock;

/// Hands out the next number of a named counter. Call it inside the caller's transaction: the increment is
/// an atomic update that answers the new value in the same statement, so two postings never get the same number.
public sealed class NumberSequences(WarehouseDbContext db)
{
    public async Task<long> NextAsync(string name, CancellationToken cancellationToken)
    {
        if (await IncrementAsync(name, cancellationToken) is { } next)
            return next;
        db.NumberSequences.Add(new NumberSequence(name));
        await db.SaveChangesAsync(cancellationToken);
        return await IncrementAsync(name, cancellationToken)
            ?? throw new InvalidOperationException($"Number sequence {name} vanished after it was created.");
    }

    private Task<long?> IncrementAsync(string name, CancellationToken cancellationToken) =>
        db.Database.ScalarAsync(db.Database.IsSqlServer() ? IncrementSqlServer : IncrementSqlite, cancellationToken, name);

    private const string IncrementSqlite = """
        UPDATE "NumberSequences" SET "Last" = "Last" + 1 WHERE "Name" = @p0 RETURNING "Last"
        """;

    private const string IncrementSqlServer = """
        UPDATE [NumberSequences] SET [Last] = [Last] + 1 OUTPUT INSERTED.[Last] WHERE [Name] = @p0
        """;
}
