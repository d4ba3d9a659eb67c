using System.Globalization;
using Microsoft.Data.Sqlite;
using Npgsql;
using NpgsqlTypes;

namespace Warehouse.Benchmarks;

/// Copies a generated SQLite database into a PostgreSQL database already migrated to the same schema: every table the two
/// share, in the order of the foreign keys, with binary COPY, in one transaction. The rows the migrations or an earlier
/// start wrote are replaced; the append-only triggers (and the foreign keys' own) sleep during the load
/// (`session_replication_role = replica`); the identity sequences are moved past the copied ids and the tables vacuumed
/// and analyzed, as autovacuum leaves a running server: the visibility map it sets is what lets an index-only scan skip
/// the table's rows.
/// Each value is converted by the PostgreSQL column's type and must convert exactly: a decimal that is not one stops the
/// copy rather than being rounded; only a time's tenth of a microsecond, which PostgreSQL cannot hold, is cut (see Cut).
public sealed class PostgresCopy(string sqlitePath, string postgres, TextWriter log)
{
    private sealed record Column(string Name, string Type);

    /// Copies and answers each table's row count, in the order copied.
    public async Task<IReadOnlyList<(string Table, long Rows)>> RunAsync()
    {
        // No time limit: a table's COPY completes only once the server has written it, and on a slow disk the checkpoints
        // a million-row load sets off held one past the default 30 s.
        await using var target = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(postgres) { CommandTimeout = 0 }.ToString());
        await target.OpenAsync();
        var columns = await ColumnsAsync(target);
        await using var source = new SqliteConnection($"Data Source={sqlitePath};Mode=ReadOnly;Pooling=False");
        await source.OpenAsync();
        var shared = SqliteTables(source).Where(columns.ContainsKey).ToHashSet(StringComparer.Ordinal);
        var order = Ordered(shared, await ForeignKeysAsync(target));
        var copied = new List<(string, long)>();
        await using (var tx = await target.BeginTransactionAsync())
        {
            await ExecuteAsync(target, "SET LOCAL session_replication_role = replica");
            await ExecuteAsync(target, $"TRUNCATE {string.Join(", ", order.Select(Quote))} RESTART IDENTITY");
            foreach (var table in order)
            {
                var rows = await CopyTableAsync(source, target, table, Shared(source, table, columns[table]));
                copied.Add((table, rows));
                if (rows >= 100_000)
                    log.WriteLine($"    {table}: {rows:N0} rows");
            }
            await tx.CommitAsync();
        }
        await MoveSequencesAsync(target);
        await ExecuteAsync(target, "VACUUM (ANALYZE)");
        await VacuumUntilVisibleAsync(target, order);
        return copied;
    }

    /// A vacuum marks a page all-visible only when its rows are older than every snapshot still open on the database;
    /// an analyze that autovacuum started during the load holds such a snapshot for a moment. The tables whose pages
    /// the first vacuum could not mark are vacuumed again, a few times, before the crawl reads them.
    private async Task VacuumUntilVisibleAsync(NpgsqlConnection target, IReadOnlyList<string> tables)
    {
        for (var attempt = 0; attempt < 20; attempt++)
        {
            var unmarked = new List<string>();
            await using (var command = new NpgsqlCommand(
                "SELECT relname FROM pg_class WHERE relkind = 'r' AND relpages > 0 AND relallvisible = 0 " +
                "AND relnamespace = current_schema()::regnamespace AND relname = ANY(@tables)", target))
            {
                command.Parameters.AddWithValue("tables", tables.ToArray());
                await using var reader = await command.ExecuteReaderAsync();
                while (await reader.ReadAsync())
                    unmarked.Add(reader.GetString(0));
            }
            if (unmarked.Count == 0)
                return;
            await Task.Delay(TimeSpan.FromMilliseconds(250));
            await ExecuteAsync(target, $"VACUUM {string.Join(", ", unmarked.Select(Quote))}");
        }
        log.WriteLine("    some tables are still not all-visible: an older snapshot is open on the database");
    }

    private async Task<long> CopyTableAsync(SqliteConnection source, NpgsqlConnection target, string table, List<Column> columns)
    {
        var names = string.Join(", ", columns.Select(c => Quote(c.Name)));
        await using var read = source.CreateCommand();
        read.CommandText = $"SELECT {names} FROM {Quote(table)}";
        await using var reader = await read.ExecuteReaderAsync();
        await using var writer = await target.BeginBinaryImportAsync($"COPY {Quote(table)} ({names}) FROM STDIN (FORMAT BINARY)");
        long rows = 0;
        // Row by row without awaiting each value: a million rows of fifteen values each.
        while (reader.Read())
        {
            writer.StartRow();
            for (var i = 0; i < columns.Count; i++)
            {
                if (reader.IsDBNull(i))
                    writer.WriteNull();
                else
                    Write(writer, columns[i].Type, reader.GetValue(i), table, columns[i].Name);
            }
            rows++;
        }
        await writer.CompleteAsync();
        return rows;
    }

    /// One SQLite value (integer, real, text or blob) as the PostgreSQL column's type.
    private void Write(NpgsqlBinaryImporter writer, string type, object value, string table, string column)
    {
        var invariant = CultureInfo.InvariantCulture;
        (object converted, NpgsqlDbType dbType) = type switch
        {
            "bigint" => (Convert.ToInt64(value, invariant), NpgsqlDbType.Bigint),
            "integer" => (Convert.ToInt32(value, invariant), NpgsqlDbType.Integer),
            "smallint" => (Convert.ToInt16(value, invariant), NpgsqlDbType.Smallint),
            "boolean" => (Convert.ToInt64(value, invariant) != 0, NpgsqlDbType.Boolean),
            "double precision" => (Convert.ToDouble(value, invariant), NpgsqlDbType.Double),
            "real" => (Convert.ToSingle(value, invariant), NpgsqlDbType.Real),
            "numeric" => (Decimal(value, table, column), NpgsqlDbType.Numeric),
            "date" => (DateOnly.ParseExact((string)value, "yyyy-MM-dd", invariant), NpgsqlDbType.Date),
            "timestamp with time zone" => (Utc(value, table, column), NpgsqlDbType.TimestampTz),
            "bytea" => (value, NpgsqlDbType.Bytea),
            "uuid" => (Guid.Parse((string)value), NpgsqlDbType.Uuid),
            "text" or "character varying" => (Convert.ToString(value, invariant)!, NpgsqlDbType.Text),
            _ => throw new NotSupportedException($"{table}.{column}: no conversion to PostgreSQL's {type}."),
        };
        writer.Write(converted, dbType);
    }

    /// EF Core keeps decimals as text on SQLite ('10.00'); a number stored otherwise must still read back as itself.
    private static decimal Decimal(object value, string table, string column) => value switch
    {
        string text => decimal.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture),
        long whole => whole,
        double real when (double)(decimal)real == real => (decimal)real,
        _ => throw new InvalidOperationException($"{table}.{column}: {value} is not an exact decimal."),
    };

    /// EF Core keeps times as text on SQLite, UTC ('2026-12-01 03:54:36.1234567', an offset after it for a
    /// DateTimeOffset). PostgreSQL keeps microseconds: a seventh digit is cut, as the app's own writes on PostgreSQL
    /// are, and counted (the hash chains' times are already whole microseconds, or their hashes would no longer match).
    private DateTime Utc(object value, string table, string column)
    {
        var at = DateTime.Parse((string)value, CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);
        if (at.Ticks % 10 == 0)
            return at;
        Cut[$"{table}.{column}"] = Cut.GetValueOrDefault($"{table}.{column}") + 1;
        return new DateTime(at.Ticks / 10 * 10, DateTimeKind.Utc);
    }

    /// The times, per table and column, whose digit below the microsecond was cut.
    public Dictionary<string, long> Cut { get; } = new(StringComparer.Ordinal);

    private static async Task<Dictionary<string, List<Column>>> ColumnsAsync(NpgsqlConnection target)
    {
        var columns = new Dictionary<string, List<Column>>(StringComparer.Ordinal);
        await using var command = new NpgsqlCommand(
            "SELECT c.table_name, c.column_name, c.data_type FROM information_schema.columns c JOIN information_schema.tables t " +
            "ON t.table_schema = c.table_schema AND t.table_name = c.table_name WHERE c.table_schema = 'public' " +
            "AND t.table_type = 'BASE TABLE' AND c.table_name <> '__EFMigrationsHistory' ORDER BY c.table_name, c.ordinal_position", target);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            if (!columns.TryGetValue(reader.GetString(0), out var list))
                columns[reader.GetString(0)] = list = [];
            list.Add(new Column(reader.GetString(1), reader.GetString(2)));
        }
        return columns;
    }

    /// The PostgreSQL columns the SQLite table also has; a SQLite column PostgreSQL lacks means the schemas differ.
    private static List<Column> Shared(SqliteConnection source, string table, List<Column> columns)
    {
        using var command = source.CreateCommand();
        command.CommandText = $"SELECT name FROM pragma_table_info('{table}')";
        using var reader = command.ExecuteReader();
        var names = new HashSet<string>(StringComparer.Ordinal);
        while (reader.Read())
            names.Add(reader.GetString(0));
        var missing = names.Except(columns.Select(c => c.Name)).ToList();
        if (missing.Count > 0)
            throw new InvalidOperationException($"{table}: PostgreSQL has no column {string.Join(", ", missing)}; are both migrated?");
        return columns.Where(c => names.Contains(c.Name)).ToList();
    }

    private static List<string> SqliteTables(SqliteConnection source)
    {
        using var command = source.CreateCommand();
        command.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite%'";
        using var reader = command.ExecuteReader();
        var tables = new List<string>();
        while (reader.Read())
            tables.Add(reader.GetString(0));
        return tables;
    }

    private static async Task<List<(string Table, string References)>> ForeignKeysAsync(NpgsqlConnection target)
    {
        await using var command = new NpgsqlCommand(
            "SELECT c.relname, r.relname FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid JOIN pg_class r ON r.oid = k.confrelid " +
            "WHERE k.contype = 'f' AND k.connamespace = 'public'::regnamespace", target);
        await using var reader = await command.ExecuteReaderAsync();
        var keys = new List<(string, string)>();
        while (await reader.ReadAsync())
            keys.Add((reader.GetString(0), reader.GetString(1)));
        return keys;
    }

    /// The tables with every table a foreign key points to before the table itself (a key to itself aside).
    private static List<string> Ordered(HashSet<string> tables, List<(string Table, string References)> keys)
    {
        var order = new List<string>();
        var waiting = tables.Order(StringComparer.Ordinal).ToList();
        while (waiting.Count > 0)
        {
            var ready = waiting.Where(t => !keys.Any(k => k.Table == t && k.References != t && waiting.Contains(k.References))).ToList();
            if (ready.Count == 0)
                throw new InvalidOperationException($"The foreign keys of {string.Join(", ", waiting)} go round in a circle.");
            order.AddRange(ready);
            waiting.RemoveAll(ready.Contains);
        }
        return order;
    }

    /// Each identity column's sequence starts after the largest copied id, so the app's next row takes the next id.
    private static async Task MoveSequencesAsync(NpgsqlConnection target)
    {
        var identities = new List<(string Table, string Column)>();
        await using (var command = new NpgsqlCommand(
            "SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = 'public' " +
            "AND (is_identity = 'YES' OR column_default LIKE 'nextval%')", target))
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
                identities.Add((reader.GetString(0), reader.GetString(1)));
        }
        foreach (var (table, column) in identities)
            await ExecuteAsync(target, $"SELECT setval(pg_get_serial_sequence('{Quote(table)}', '{column}'), " +
                $"COALESCE((SELECT MAX({Quote(column)}) FROM {Quote(table)}), 0) + 1, false)");
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 0 };
        await command.ExecuteNonQueryAsync();
    }

    private static string Quote(string name) => $"\"{name}\"";
}
