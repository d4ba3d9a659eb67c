using Microsoft.Data.Sqlite;

namespace Warehouse.Web.Features.Operations;

/// Consistent copies of a SQLite database through SQLite's online backup, each checked before it is trusted.
public sealed class SqliteCopies(string databaseConnectionString)
{
    private string DatabaseFile => new SqliteConnectionStringBuilder(databaseConnectionString).DataSource;

    /// Copies the database to a new file and checks the copy; an existing file is never overwritten.
    public (bool Done, string Message) Backup(string target)
    {
        if (File.Exists(target))
            return (false, $"{target} already exists; choose a new name (a backup never overwrites another).");
        if (!File.Exists(DatabaseFile))
            return (false, $"There is no database at {DatabaseFile}.");
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        using (var source = Open(databaseConnectionString))
        using (var copy = Open($"Data Source={target};Pooling=False"))
        {
            source.BackupDatabase(copy);
            copy.Close();
        }
        var problem = Problem(target);
        if (problem is not null)
        {
            File.Delete(target);
            return (false, $"The copy failed its check and was removed: {problem}");
        }
        return (true, $"Backed up {DatabaseFile} to {target} ({new FileInfo(target).Length / 1024} KiB, checked).");
    }

    /// Checks the copy, keeps the current database beside it, then copies the backup over the database.
    public (bool Done, string Message) Restore(string backup)
    {
        if (!File.Exists(backup))
            return (false, $"There is no backup at {backup}.");
        var problem = Problem(backup);
        if (problem is not null)
            return (false, $"{backup} is not a usable backup, nothing was changed: {problem}");
        string? kept = null;
        if (File.Exists(DatabaseFile))
        {
            kept = $"{DatabaseFile}.before-restore-{DateTime.UtcNow:yyyyMMddHHmmss}";
            var (saved, message) = Backup(kept);
            if (!saved)
                return (false, $"The current database could not be kept, nothing was changed: {message}");
        }
        using (var source = Open($"Data Source={backup};Mode=ReadOnly;Pooling=False"))
        using (var target = Open(databaseConnectionString))
            source.BackupDatabase(target);
        SqliteConnection.ClearAllPools();
        return (true, $"Restored {DatabaseFile} from {backup}" + (kept is null ? "." : $"; the database it replaced is kept at {kept}."));
    }

    /// Null when the file is an intact database of this product; otherwise what is wrong with it.
    private static string? Problem(string file)
    {
        try
        {
            using var connection = Open($"Data Source={file};Mode=ReadOnly;Pooling=False");
            if (Scalar(connection, "PRAGMA integrity_check;") is not "ok" and var integrity)
                return $"integrity check says {integrity}";
            return Scalar(connection, "SELECT count(*) FROM sqlite_master WHERE name IN ('__EFMigrationsHistory', 'StockMovements');") is "2"
                ? null
                : "it is not a Warehouse database";
        }
        catch (SqliteException e)
        {
            return e.Message;
        }
    }

    private static SqliteConnection Open(string connectionString)
    {
        var connection = new SqliteConnection(connectionString);
        connection.Open();
        return connection;
    }

    private static string? Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToString(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
