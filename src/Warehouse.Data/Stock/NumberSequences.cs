using Microsoft.EntityFrameworkCore;
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

    private async Task<long?> IncrementAsync(string name, CancellationToken cancellationToken)
    {
        var values = await db.Database.SqlQueryRaw<long>(db.Database.IsSqlServer() ? IncrementSqlServer : IncrementSqlite, name)
            .ToListAsync(cancellationToken);
        return values.Count == 0 ? null : values[0];
    }

    private const string IncrementSqlite = """
        UPDATE "NumberSequences" SET "Last" = "Last" + 1 WHERE "Name" = {0} RETURNING "Last" AS "Value"
        """;

    private const string IncrementSqlServer = """
        UPDATE [NumberSequences] SET [Last] = [Last] + 1 OUTPUT INSERTED.[Last] AS [Value] WHERE [Name] = {0}
        """;
}
