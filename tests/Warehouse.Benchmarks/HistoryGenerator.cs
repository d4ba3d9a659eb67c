using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Warehouse.Domain.Auditing;

namespace Warehouse.Benchmarks;

/// A year of history on top of a generated ledger, for the page crawl: allocation requests (three lines each) with the
/// workflow steps that brought them to their state and, for the settled ones, their dispatches; print jobs of the generated documents; audit rows on the audit chain.
/// Raw prepared statements in large transactions, like <see cref="DataGenerator"/>.
public sealed class HistoryGenerator(SqliteConnection connection, DataGenerator ledger, TextWriter log)
{
    private const int Commit = 20_000;
    private static readonly string[] Levels = ["I", "II", "III", "IV", "Routine"];
    private static readonly string[] Actions =
        [AuditActions.StockReceipt, AuditActions.StockIssue, AuditActions.LoginSucceeded, AuditActions.CatalogUpdated];

    private readonly Random _random = new(20261130);
    private readonly DateTime _start = DateTime.UtcNow.AddDays(-365);

    /// Writes the given numbers of requests, print jobs and audit rows.
    public void Run(long requests, long printJobs, long auditRows)
    {
        var watch = Stopwatch.StartNew();
        var department = DataGenerator.Scalar(connection, "SELECT Id FROM Departments WHERE Code = 'GEN'");
        Batched(requests, (tx, commands, n) => Request(commands, n, department, requests));
        log.WriteLine($"  {requests:N0} allocation requests with dispatches ({watch.Elapsed.TotalSeconds:0.0} s)");
        Batched(printJobs, (tx, commands, n) => PrintJob(commands, n, printJobs));
        log.WriteLine($"  {printJobs:N0} print jobs ({watch.Elapsed.TotalSeconds:0.0} s)");
        var chain = new RawChain();
        Batched(auditRows, (tx, commands, n) =>
        {
            if (n % Commit == 1 || n == 1)
                chain.Lock(connection, tx);
            Audit(commands, chain, n, auditRows);
            if (n % Commit == 0 || n == auditRows)
                chain.Move(connection, tx);
        });
        log.WriteLine($"  {auditRows:N0} audit rows ({watch.Elapsed.TotalSeconds:0.0} s)");
    }

    private sealed class Commands(SqliteConnection connection)
    {
        public SqliteCommand Request { get; } = Prepare(connection,
            "INSERT INTO AllocationRequests (Number, Incident, Level, NeededBy, DestinationKind, DestinationName, DestinationLatitude, " +
            "DestinationLongitude, ContactName, ContactPhone, DepartmentId, RequestedBy, CreatedAt, SubmittedAt, State, Ratification, Version) " +
            "VALUES ($n, '生成事件', $level, $needed, 'Township', '生成乡镇', 30.3, 120.1, '李明', '13805710001', $dept, 'dept', " +
            "$at, $at, $state, 'NotNeeded', 1) RETURNING Id", 6);
        public SqliteCommand Transition { get; } = Prepare(connection,
            "INSERT INTO RequestTransitions (RequestId, \"From\", \"To\", \"Trigger\", \"By\", \"At\") VALUES ($r, $from, $to, $trigger, " +
            "$by, $at)", 6);
        public SqliteCommand RequestLine { get; } = Prepare(connection,
            "INSERT INTO AllocationLine (RequestId, ItemId, Requested, Approved) VALUES ($r, $i, $q, $a)", 4);
        public SqliteCommand Dispatch { get; } = Prepare(connection,
            "INSERT INTO Dispatches (RequestId, Number, SourceDepotId, State, Vehicle, Driver, PickingStartedAt, DispatchedAt, " +
            "DispatchedBy, DeliveredAt, DeliveredBy, DeliveredTo, MinutesToDeliver) VALUES ($r, $n, $depot, 'Delivered', '浙A·G0001', " +
            "'王建国', $at, $at, 'keeper', $at, 'dept', (SELECT DestinationName FROM AllocationRequests WHERE Id = $r), " +
            "(SELECT (julianday($at) - julianday(SubmittedAt)) * 1440.0 FROM AllocationRequests WHERE Id = $r)) RETURNING Id", 4);
        public SqliteCommand DispatchLine { get; } = Prepare(connection,
            "INSERT INTO DispatchLine (DispatchId, ItemId, Quantity, Received, Short, Damaged) VALUES ($d, $i, $q, $q, 0, 0)", 3);
        public SqliteCommand PrintJob { get; } = Prepare(connection,
            "INSERT INTO PrintJobs (Kind, Title, DepotId, DocumentId, State, Attempts, NextAttemptAt, CreatedBy, CreatedAt, PrintedAt) " +
            "VALUES ($kind, $title, $depot, $doc, 'Printed', 0, $at, 'keeper', $at, $at)", 5);
        public SqliteCommand Audit { get; } = Prepare(connection,
            "INSERT INTO AuditEntries (At, UserName, Action, Subject, Detail, Origin, Hash, PreviousHash, Sequence) " +
            "VALUES ($at, $user, $action, $subject, $detail, NULL, $hash, $prev, $seq)", 8);

        public IEnumerable<SqliteCommand> All => [Request, Transition, RequestLine, Dispatch, DispatchLine, PrintJob, Audit];
    }

    private void Batched(long count, Action<SqliteTransaction, Commands, long> write)
    {
        var commands = new Commands(connection);
        SqliteTransaction? tx = null;
        for (long n = 1; n <= count; n++)
        {
            if (tx is null)
            {
                tx = connection.BeginTransaction();
                foreach (var command in commands.All)
                    command.Transaction = tx;
            }
            write(tx, commands, n);
            if (n % Commit == 0 || n == count)
            {
                tx.Commit();
                tx.Dispose();
                tx = null;
            }
        }
        foreach (var command in commands.All)
            command.Dispose();
    }

    private void Request(Commands commands, long n, long department, long count)
    {
        var at = At(n, count);
        // The last few hundred are still open, as a live bureau's would be; the rest are settled and dispatched.
        var open = n > count - 300;
        var state = open ? (n % 3 == 0 ? "Submitted" : n % 3 == 1 ? "Approved" : "InApproval") : n % 4 == 0 ? "Closed" : "Delivered";
        var id = Insert(commands.Request, $"SQG{n:00000000}", Levels[n % Levels.Length], Text(at.AddHours(6)), department, Text(at),
            state);
        Steps(commands, id, state, at);
        var items = DistinctItems(3);
        foreach (var item in items)
            Run(commands.RequestLine, id, item, 20, open ? DBNull.Value : 20);
        if (open)
            return;
        var depot = _random.NextInt64(ledger.Depots.First, ledger.Depots.Last + 1);
        var dispatch = Insert(commands.Dispatch, id, $"DPG{n:00000000}", depot, Text(at.AddHours(1)));
        foreach (var item in items)
            Run(commands.DispatchLine, dispatch, item, 20);
    }

    /// The workflow steps that brought the request to its state, as the app records them: submitted when raised, approved
    /// ten minutes on, picked, dispatched and delivered within the hour (as its dispatch was), a closed one a day later.
    private static void Steps(Commands commands, long request, string state, DateTime at)
    {
        void Step(string from, string to, string trigger, string by, TimeSpan after) =>
            Run(commands.Transition, request, from, to, trigger, by, Text(at + after));
        Step("Draft", "Submitted", "Submit", "dept", TimeSpan.Zero);
        if (state == "InApproval")
            Step("Submitted", "InApproval", "ApproveStep", "sectionchief", TimeSpan.FromMinutes(5));
        if (state is "Submitted" or "InApproval")
            return;
        Step("Submitted", "Approved", "Approve", "manager", TimeSpan.FromMinutes(10));
        if (state == "Approved")
            return;
        Step("Approved", "Picking", "StartPicking", "keeper", TimeSpan.FromMinutes(20));
        Step("Picking", "Dispatched", "Dispatch", "keeper", TimeSpan.FromHours(1));
        Step("Dispatched", "Delivered", "ConfirmDelivery", "dept", TimeSpan.FromHours(1));
        if (state == "Closed")
            Step("Delivered", "Closed", "Close", "manager", TimeSpan.FromDays(1));
    }

    private void PrintJob(Commands commands, long n, long count)
    {
        var document = ledger.Documents.First + (n - 1) % (ledger.Documents.Last - ledger.Documents.First + 1);
        var depot = ledger.Depots.First + n % (ledger.Depots.Last - ledger.Depots.First + 1);
        Run(commands.PrintJob, n % 2 == 0 ? "GoodsReceivedNote" : "IssueNote", $"生成单据 {document}", depot, document,
            Text(At(n, count)));
    }

    private void Audit(Commands commands, RawChain chain, long n, long count)
    {
        var at = At(n, count);
        var action = Actions[n % Actions.Length];
        var subject = $"GEN-{n % 10_000:000000}";
        var detail = $"生成审计 {n}";
        var (sequence, previous, hash) = chain.Next(HashChain.Audit, RawChain.Audit(at, "generator", action, subject, detail));
        Run(commands.Audit, at.ToString("yyyy-MM-dd HH:mm:ss.ffffff"), "generator", action, subject, detail, hash, previous, sequence);
    }

    private List<long> DistinctItems(int count)
    {
        var chosen = new List<long>(count);
        while (chosen.Count < count)
        {
            var item = _random.NextInt64(ledger.Items.First, ledger.Items.Last + 1);
            if (!chosen.Contains(item))
                chosen.Add(item);
        }
        return chosen;
    }

    // Whole microseconds, as the chain's interceptor stores every chained time, and as PostgreSQL keeps any time.
    private DateTime At(long n, long count) => DataGenerator.Microseconds(_start.AddSeconds(n * (365.0 * 86400 / count)));

    private static string Text(DateTime at) => at.ToString("yyyy-MM-dd HH:mm:ss.fffffff");

    private static SqliteCommand Prepare(SqliteConnection connection, string sql, int parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        var names = System.Text.RegularExpressions.Regex.Matches(sql, @"\$\w+").Select(m => m.Value).Distinct().ToList();
        if (names.Count != parameters)
            throw new InvalidOperationException($"Expected {parameters} parameters in: {sql}");
        foreach (var name in names)
            command.Parameters.Add(new SqliteParameter { ParameterName = name });
        return command;
    }

    private static long Insert(SqliteCommand command, params object?[] values)
    {
        Bind(command, values);
        return (long)command.ExecuteScalar()!;
    }

    private static void Run(SqliteCommand command, params object?[] values)
    {
        Bind(command, values);
        command.ExecuteNonQuery();
    }

    private static void Bind(SqliteCommand command, object?[] values)
    {
        for (var i = 0; i < values.Length; i++)
            command.Parameters[i].Value = values[i] ?? DBNull.Value;
    }
}
