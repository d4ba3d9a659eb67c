using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Warehouse.Web.Tests.Startup;

/// Sees every SQL command EF Core sends to one database file (through EF Core's diagnostic events), and can
/// copy the file as it stands at a chosen command: what a process killed at that moment leaves on disk, since
/// SQLite discards on the next open whatever was not committed.
public sealed class CommandWatch : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
{
    private readonly string _database;
    private readonly IDisposable _subscription;
    private readonly List<IDisposable> _listeners = [];
    private readonly List<(Func<string, bool> When, string CopyTo)> _deaths = [];
    private readonly Lock _gate = new();

    public CommandWatch(string database)
    {
        _database = Path.GetFullPath(database);
        _subscription = DiagnosticListener.AllListeners.Subscribe(this);
    }

    public List<string> Commands { get; } = [];

    /// At the first command whose text matches, copies the database files to copyTo.
    public void DieAt(Func<string, bool> when, string copyTo) => _deaths.Add((when, copyTo));

    public IReadOnlyList<string> Copied { get; private set; } = [];

    public void OnNext(DiagnosticListener value)
    {
        if (value.Name == DbLoggerCategory.Name)
            lock (_gate)
                _listeners.Add(value.Subscribe(this));
    }

    public void OnNext(KeyValuePair<string, object?> value)
    {
        if (value.Key != RelationalEventId.CommandExecuting.Name || value.Value is not CommandEventData { Command: var command })
            return;
        if (command.Connection is not SqliteConnection connection || Path.GetFullPath(connection.DataSource) != _database)
            return;
        lock (_gate)
        {
            Commands.Add(command.CommandText);
            foreach (var death in _deaths.Where(d => !Copied.Contains(d.CopyTo) && d.When(command.CommandText)).ToList())
            {
                foreach (var suffix in new[] { "", "-wal", "-journal" }.Where(s => File.Exists(_database + s)))
                    File.Copy(_database + suffix, death.CopyTo + suffix);
                Copied = [.. Copied, death.CopyTo];
            }
        }
    }

    public void OnCompleted()
    {
    }

    public void OnError(Exception error)
    {
    }

    public void Dispose()
    {
        _subscription.Dispose();
        lock (_gate)
            _listeners.ForEach(l => l.Dispose());
    }
}
