using Microsoft.EntityFrameworkCore;
using Warehouse.Data.Infrastructure;

namespace Warehouse.Data.Stock;

/// Hands out the next number of a named counter. Call it inside the caller's transaction: the increment is
/// an atomic update that answers the new value in the same statement, so two postings never get the same number.
public sealed class NumberSequences(WarehouseDbContext db)
{
    public Task<long> NextAsync(string name, CancellationToken cancellationToken) => ReserveAsync(name, 1, cancellationToken);

    /// Reserves <paramref name="count"/> numbers of the counter in one statement and answers the last of them: a note of
    /// thousands of new lots numbers them all at once.
    public async Task<long> ReserveAsync(string name, int count, CancellationToken cancellationToken)
    {
        var sqlServer = db.Database.IsSqlServer();
        if (await db.Database.ScalarAsync(sqlServer ? IncrementSqlServer : IncrementReturning, cancellationToken, name, count) is { } next)
            return next;
        // A new counter (the first document of a day and kind) is created by a statement that cannot collide with
        // another posting creating it at the same moment: on a server database the loser of such a race would
        // otherwise abort its whole transaction on the key.
        await db.Database.ScalarAsync(sqlServer ? CreateSqlServer : CreateIfAbsent, cancellationToken, name);
        return await db.Database.ScalarAsync(sqlServer ? IncrementSqlServer : IncrementReturning, cancellationToken, name, count)
            ?? throw new InvalidOperationException($"Number sequence {name} vanished after it was created.");
    }

    // SQLite and PostgreSQL both speak UPDATE … RETURNING and ON CONFLICT with double-quoted names.
    private const string IncrementReturning = """
        UPDATE "NumberSequences" SET "Last" = "Last" + @p1 WHERE "Name" = @p0 RETURNING "Last"
        """;

    private const string CreateIfAbsent = """
        INSERT INTO "NumberSequences" ("Name", "Last") VALUES (@p0, 0) ON CONFLICT ("Name") DO NOTHING
        """;

    private const string IncrementSqlServer = """
        UPDATE [NumberSequences] SET [Last] = [Last] + @p1 OUTPUT INSERTED.[Last] WHERE [Name] = @p0
        """;

    private const string CreateSqlServer = """
        INSERT INTO [NumberSequences] ([Name], [Last]) SELECT @p0, 0
        WHERE NOT EXISTS (SELECT 1 FROM [NumberSequences] WITH (UPDLOCK, HOLDLOCK) WHERE [Name] = @p0)
        """;
}
