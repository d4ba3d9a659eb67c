using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.SqlServer.TransactSql.ScriptDom;
using Warehouse.Data.Infrastructure;

namespace Warehouse.Data.Tests;

/// SQL Server cannot run on our build machines, so every statement the product sends it is at least parsed by
/// Microsoft's own T-SQL parser (SQL Server 2022 grammar), and the model is checked against the triggers the script
/// creates: SQL Server refuses EF's `OUTPUT` without `INTO` on a table with a trigger for that action (error 334).
public sealed class SqlServerStatementTests
{
    private const string ScriptPath = "db/sqlserver/warehouse.sql";

    [Fact]
    public void Every_statement_of_the_sql_server_script_parses_including_the_triggers_it_creates_through_exec()
    {
        var script = Parse(File.ReadAllText(Path.Combine(MigrationTests.RepositoryRoot(), ScriptPath)));
        var inner = ExecStrings(script).ToList();

        Assert.NotEmpty(inner);
        foreach (var statement in inner)
            Parse(statement);
    }

    [Fact]
    public void Every_raw_statement_the_code_sends_to_sql_server_parses()
    {
        var statements = RawStatements();

        // The balance move, the counter's increment and creation, and the chain heads' lock at least.
        Assert.True(statements.Count >= 4, $"found only {string.Join(", ", statements.Select(s => s.Name))}");
        foreach (var (name, sql) in statements)
            Parse(sql, name);
    }

    [Fact]
    public void No_raw_statement_returns_rows_with_output_from_a_table_that_has_a_trigger()
    {
        var triggered = ExecStrings(Parse(File.ReadAllText(Path.Combine(MigrationTests.RepositoryRoot(), ScriptPath))))
            .SelectMany(sql => Statements<CreateTriggerStatement>(Parse(sql)))
            .Select(t => t.TriggerObject.Name.BaseIdentifier.Value).ToHashSet();
        var outputs = RawStatements()
            .SelectMany(s => Statements<DataModificationStatement>(Parse(s.Sql, s.Name)).Select(statement => (s.Name, Statement: statement)))
            .Select(s => (s.Name, Specification: Specification(s.Statement)))
            .Where(s => s.Specification is { OutputClause: not null, OutputIntoClause: null })
            .Select(s => (s.Name, Table: ((NamedTableReference)s.Specification!.Target).SchemaObject.BaseIdentifier.Value))
            .ToList();

        Assert.Contains(outputs, o => o.Table == "NumberSequences");
        Assert.Contains("StockBalances", triggered);
        foreach (var (name, table) in outputs)
            Assert.False(triggered.Contains(table),
                $"{name} returns rows with OUTPUT from {table}, which has a trigger: SQL Server refuses it (error 334); use OUTPUT … INTO.");
    }

    private static DataModificationSpecification? Specification(DataModificationStatement statement) => statement switch
    {
        UpdateStatement update => update.UpdateSpecification,
        InsertStatement insert => insert.InsertSpecification,
        DeleteStatement delete => delete.DeleteSpecification,
        MergeStatement merge => merge.MergeSpecification,
        _ => null,
    };

    [Fact]
    public void The_delivery_times_statement_parses_on_sql_server_with_the_period_written_in()
    {
        var start = new DateTime(2026, 6, 30, 16, 0, 0, DateTimeKind.Utc);
        var sql = Allocation.DeliveryTimes.Statement(Allocation.DeliveryTimes.Dialect.SqlServer, start, start.AddMonths(6));

        Parse(sql, "DeliveryTimes");
        Assert.Contains("CAST('2026-06-30T16:00:00.0000000' AS datetime2)", sql);
        Assert.DoesNotContain("@", sql);
    }

    [Fact]
    public void No_table_with_a_trigger_is_written_by_save_changes_for_that_action_unless_the_model_declares_the_trigger()
    {
        var triggers = ExecStrings(Parse(File.ReadAllText(Path.Combine(MigrationTests.RepositoryRoot(), ScriptPath))))
            .SelectMany(sql => Statements<CreateTriggerStatement>(Parse(sql))).ToList();
        using var db = MigrationTests.SqlServerContext();
        var tables = db.Model.GetEntityTypes().Where(e => e.GetTableName() is not null).ToDictionary(e => e.GetTableName()!);

        Assert.NotEmpty(triggers);
        foreach (var trigger in triggers)
        {
            var table = trigger.TriggerObject.Name.BaseIdentifier.Value;
            var entity = tables[table];
            var declared = entity.GetDeclaredTriggers().Any();
            foreach (var action in trigger.TriggerActions.Select(a => a.TriggerActionType))
            {
                var written = action == TriggerActionType.Insert || !AppendOnlyGuard.Guarded.Contains(entity.ClrType);
                Assert.False(written && !declared,
                    $"{table} has trigger {trigger.Name.BaseIdentifier.Value} for {action} and EF writes it: declare it with HasTrigger.");
            }
        }
    }

    /// The raw statements the code sends to SQL Server: its string constants named …SqlServer.
    private static List<(string Name, string Sql)> RawStatements() =>
        typeof(WarehouseDbContext).Assembly.GetTypes()
            .SelectMany(t => t.GetFields(BindingFlags.NonPublic | BindingFlags.Public | BindingFlags.Static))
            .Where(f => f is { IsLiteral: true } && f.FieldType == typeof(string) && f.Name.EndsWith("SqlServer", StringComparison.Ordinal))
            .Select(f => (Name: $"{f.DeclaringType!.Name}.{f.Name}", Sql: ((string)f.GetRawConstantValue()!).Replace("{names}", "'ledger'")))
            .ToList();

    private static TSqlScript Parse(string sql, string? name = null)
    {
        var parser = new TSql160Parser(initialQuotedIdentifiers: true);
        var fragment = parser.Parse(new StringReader(sql), out var errors);
        Assert.True(errors.Count == 0,
            $"{name ?? "statement"} does not parse: {string.Join("; ", errors.Select(e => $"line {e.Line}: {e.Message}"))}\n{sql}");
        return (TSqlScript)fragment;
    }

    private static IEnumerable<string> ExecStrings(TSqlScript script) =>
        Statements<ExecuteStatement>(script)
            .Select(e => e.ExecuteSpecification.ExecutableEntity).OfType<ExecutableStringList>()
            .Select(list => string.Concat(list.Strings.OfType<StringLiteral>().Select(s => s.Value)));

    private static IEnumerable<T> Statements<T>(TSqlScript script) where T : TSqlStatement
    {
        var visitor = new Collector<T>();
        script.Accept(visitor);
        return visitor.Found;
    }

    private sealed class Collector<T> : TSqlFragmentVisitor where T : TSqlStatement
    {
        public List<T> Found { get; } = [];

        public override void Visit(TSqlStatement node)
        {
            if (node is T found)
                Found.Add(found);
        }
    }
}
