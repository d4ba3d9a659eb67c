using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Migrations.Operations;

namespace Warehouse.Data.Infrastructure;

/// SQLite's own migrations SQL, except that while <see cref="DatabaseMigrations"/> runs, a table rebuild stays
/// inside the migration's transaction. EF Core brackets a rebuild with `PRAGMA foreign_keys = 0/1`, which SQLite
/// ignores inside a transaction, so EF Core commits before the first and starts a new transaction after each:
/// a migration with a rebuild is then three transactions, and a process killed between them leaves half of it
/// committed and the rest refused for good ("table already exists"). The runner turns foreign keys off on the
/// connection before its one transaction, so the two pragmas are dropped here. Any other caller (`Migrate()` in
/// a tool or a test) gets EF Core's statements unchanged.
public sealed class SqliteRebuildSqlGenerator(MigrationsSqlGeneratorDependencies dependencies, IRelationalAnnotationProvider annotations)
    : SqliteMigrationsSqlGenerator(dependencies, annotations)
{
    private static readonly AsyncLocal<bool> ForeignKeysOff = new();

    /// True while the calling flow migrates on a connection whose foreign keys it turned off itself.
    internal static bool InOneTransaction
    {
        get => ForeignKeysOff.Value;
        set => ForeignKeysOff.Value = value;
    }

    protected override void Generate(SqlOperation operation, IModel? model, MigrationCommandListBuilder builder)
    {
        if (InOneTransaction && operation.SuppressTransaction && IsForeignKeysPragma(operation.Sql))
            return;
        base.Generate(operation, model, builder);
    }

    private static bool IsForeignKeysPragma(string sql) =>
        sql.Replace(" ", "", StringComparison.Ordinal).StartsWith("PRAGMAforeign_keys=", StringComparison.OrdinalIgnoreCase);
}
