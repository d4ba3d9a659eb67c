using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace Warehouse.Data.Infrastructure;

/// Single-value statements sent straight down the context's connection, inside its current transaction. EF Core's
/// raw SQL queries build, parameterise and cache a query on every call, which on SQLite cost more than the statement.
public static class DirectCommands
{
    /// Runs the statement (parameters @p0, @p1 …) and answers the first column of its first row, or null for no row.
    public static async Task<long?> ScalarAsync(this DatabaseFacade database, string sql, CancellationToken cancellationToken,
        params object[] values)
    {
        await using var command = Command(database, sql, values);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? Convert.ToInt64(reader.GetValue(0), CultureInfo.InvariantCulture) : null;
    }

    /// Runs the statement (parameters @p0, @p1 …) and answers the number of rows it changed.
    public static async Task<int> ExecuteAsync(this DatabaseFacade database, string sql, CancellationToken cancellationToken,
        params object[] values)
    {
        await using var command = Command(database, sql, values);
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static System.Data.Common.DbCommand Command(DatabaseFacade database, string sql, object[] values)
    {
        var transaction = database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("Direct commands run inside the caller's transaction.");
        var command = database.GetDbConnection().CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        for (var i = 0; i < values.Length; i++)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = $"@p{i}";
            parameter.Value = values[i];
            command.Parameters.Add(parameter);
        }
        return command;
    }
}
