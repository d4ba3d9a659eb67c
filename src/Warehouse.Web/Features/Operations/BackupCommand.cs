using Warehouse.Data;

namespace Warehouse.Web.Features.Operations;

/// `dotnet Warehouse.Web.dll backup --out FILE` copies the SQLite database consistently while the app runs (SQLite's
/// online backup: a plain file copy is not safe beside the WAL), then checks the copy; `restore --from FILE` checks a
/// copy and puts it in place of the database, keeping the database it replaces beside it. Server databases have
/// their own tools (pg_dump, BACKUP DATABASE), named in the refusal. Other arguments are host configuration
/// (`--ConnectionStrings:Warehouse=…`).
public static class BackupCommand
{
    public const int Usage = 2;
    public const int Refused = 4;

    public static bool IsRequested(string[] args) => args.Length > 0 && args[0] is "backup" or "restore";

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        var restore = args[0] == "restore";
        var (file, host) = Split(args.Skip(1).ToList(), restore ? "--from" : "--out");
        if (string.IsNullOrWhiteSpace(file))
        {
            await error.WriteLineAsync(restore ? "Usage: dotnet Warehouse.Web.dll restore --from FILE" : "Usage: dotnet Warehouse.Web.dll backup --out FILE");
            return Usage;
        }
        var builder = WebApplication.CreateBuilder(host);
        var provider = DataServiceCollectionExtensions.ProviderFrom(builder.Configuration);
        if (provider != DatabaseProvider.Sqlite)
        {
            await error.WriteLineAsync(provider == DatabaseProvider.PostgreSql
                ? "The database is PostgreSQL: back it up with pg_dump -Fc and restore with pg_restore (see README)."
                : "The database is SQL Server: back it up with BACKUP DATABASE and restore with RESTORE DATABASE.");
            return Usage;
        }
        var database = DataServiceCollectionExtensions.SqliteConnectionString(builder.Configuration.GetConnectionString("Warehouse"),
            Path.Combine(builder.Environment.ContentRootPath, "App_Data"));
        var copies = new SqliteCopies(database);
        var (done, message) = restore ? copies.Restore(Path.GetFullPath(file)) : copies.Backup(Path.GetFullPath(file));
        await (done ? output : error).WriteLineAsync(message);
        return done ? 0 : Refused;
    }

    private static (string? File, string[] Host) Split(List<string> args, string option)
    {
        string? file = null;
        var host = new List<string>();
        for (var i = 0; i < args.Count; i++)
        {
            if (args[i].StartsWith(option + "=", StringComparison.Ordinal))
                file = args[i][(option.Length + 1)..];
            else if (args[i] == option && i + 1 < args.Count)
                file = args[++i];
            else
                host.Add(args[i]);
        }
        return (file, [.. host]);
    }
}
