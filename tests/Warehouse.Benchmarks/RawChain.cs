using System.Globalization;
using System.Data.Common;
using Warehouse.Domain.Auditing;

namespace Warehouse.Benchmarks;

/// The hash chains for rows the benchmarks write in raw SQL, as the app's interceptor links them: the head is locked
/// and read with one statement, each row gets the next link, and the head moves in the same transaction.
public sealed class RawChain
{
    private readonly Dictionary<string, (long Sequence, string Hash)> _heads = new(StringComparer.Ordinal);

    /// Locks and reads both heads inside the transaction.
    public void Lock(DbConnection connection, DbTransaction transaction)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "UPDATE \"ChainHeads\" SET \"Sequence\" = \"Sequence\" RETURNING \"Name\", \"Sequence\", \"Hash\"";
        using var reader = command.ExecuteReader();
        while (reader.Read())
            _heads[reader.GetString(0)] = (reader.GetInt64(1), reader.GetString(2));
    }

    /// The next link of a chain for a row of the given content: its sequence, the previous hash and its hash.
    public (long Sequence, string Previous, string Hash) Next(string chain, IEnumerable<string?> content)
    {
        var (sequence, previous) = _heads[chain];
        var hash = HashChain.Link(previous, sequence + 1, content);
        _heads[chain] = (sequence + 1, hash);
        return (sequence + 1, previous, hash);
    }

    /// Sets a named parameter, adding it the first time.
    public static void Set(DbCommand command, string name, object value)
    {
        if (command.Parameters.Contains(name))
        {
            command.Parameters[name].Value = value;
            return;
        }
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }

    /// Moves both heads to the last links handed out.
    public void Move(DbConnection connection, DbTransaction transaction)
    {
        foreach (var (name, (sequence, hash)) in _heads)
        {
            using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = "UPDATE \"ChainHeads\" SET \"Sequence\" = @s, \"Hash\" = @h WHERE \"Name\" = @n";
            Set(command, "@s", sequence);
            Set(command, "@h", hash);
            Set(command, "@n", name);
            command.ExecuteNonQuery();
        }
    }

    /// A ledger row's content in the chain's order (see StockMovement.ChainContent).
    public static string?[] Movement(string documentNumber, long balance, long depot, long? location, long item, long? batch, string kind,
        int quantity, int after, string user, DateTime at) =>
    [
        documentNumber, Text(balance), Text(depot), location is null ? null : Text(location.Value), Text(item),
        batch is null ? null : Text(batch.Value), null, kind, Text(quantity), Text(after), user, null, HashChain.Text(at),
    ];

    /// An audit row's content in the chain's order (see AuditEntry.ChainContent).
    public static string?[] Audit(DateTime at, string user, string action, string subject, string? detail) =>
        [HashChain.Text(at), user, action, subject, detail, null];

    public static DateTime Utc(string stored) =>
        DateTime.SpecifyKind(DateTime.ParseExact(stored, "yyyy-MM-dd HH:mm:ss.fffffff", CultureInfo.InvariantCulture), DateTimeKind.Utc);

    private static string Text(long value) => value.ToString(CultureInfo.InvariantCulture);
}
