using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Npgsql;
using Warehouse.Data.Allocation;
using Warehouse.Data.Approvals;
using Warehouse.Data.Allocation.Steps;
using Warehouse.Data.Auditing;
using Warehouse.Data.Closing;
using Warehouse.Data.Counting;
using Warehouse.Data.Infrastructure;
using Warehouse.Data.Printing;
using Warehouse.Data.Reporting;
using Warehouse.Data.Stock;
using Warehouse.Domain.Common;

namespace Warehouse.Data;

public enum DatabaseProvider
{
    Sqlite,
    SqlServer,
    PostgreSql,
}

public static class DataServiceCollectionExtensions
{
    /// Chooses the provider from `Database:Provider` (SQLite unless it says SqlServer or PostgreSQL) and the connection
    /// string from `ConnectionStrings:Warehouse`; SQLite falls back to a file in the given data folder.
    /// Contexts are pooled: a fresh context resolves EF Core's internal services again on its first query, which
    /// cost more than the scan posting's own SQL; a pooled one keeps them and is reset between requests.
    public static IServiceCollection AddWarehouseData(this IServiceCollection services, IConfiguration configuration, string dataFolder)
    {
        var provider = ProviderFrom(configuration);
        var connectionString = configuration.GetConnectionString("Warehouse");
        if (provider != DatabaseProvider.Sqlite && string.IsNullOrWhiteSpace(connectionString))
            throw new InvalidOperationException($"Database:Provider is {provider} but ConnectionStrings:Warehouse is empty.");
        if (provider == DatabaseProvider.SqlServer)
            services.AddDbContextPool<WarehouseDbContext, SqlServerWarehouseDbContext>(options =>
                ConfigureSqlServer(options, connectionString!));
        else if (provider == DatabaseProvider.PostgreSql)
            services.AddDbContextPool<WarehouseDbContext, PostgresWarehouseDbContext>(options =>
                ConfigurePostgres(options, connectionString!));
        else
        {
            var sqlite = SqliteConnectionString(connectionString, dataFolder);
            services.AddDbContextPool<WarehouseDbContext, SqliteWarehouseDbContext>(options => ConfigureSqlite(options, sqlite));
        }
        services.AddScoped<NumberSequences>();
        services.TryAddScoped<StockPostingService>();
        services.AddScoped<RefusedPostings>();
        services.AddScoped<Importing.ImportJobStore>();
        services.AddScoped<Exporting.ExportJobStore>();
        services.AddScoped<ChainVerifier>();
        services.AddScoped<IntegrityChecks>();
        services.AddCountSteps(configuration);
        services.AddScoped<LedgerDigests>();
        services.AddScoped<PeriodClosing>();
        services.AddScoped<PeriodSignOff>();
        services.AddScoped<LedgerTotalsRefresh>();
        services.AddScoped<LedgerFlows>();
        services.AddScoped<Readiness.PlaceHoldings>();
        services.AddScoped<Readiness.FillRates>();
        services.AddSingleton(new Suppliers.SupplierSourcing(configuration.GetValue("Allocation:AgreementsFirst", false)));
        return services.AddAllocationSteps();
    }

    /// The allocation workflow: one class per step, the runner they share and their helpers. The steps also need a
    /// <see cref="WarehouseDbContext"/>, a <see cref="BureauClock"/> and an <see cref="IDispatchSlipQueue"/>.
    public static IServiceCollection AddAllocationSteps(this IServiceCollection services)
    {
        services.TryAddScoped<NumberSequences>();
        services.TryAddScoped<LedgerWriter>();
        // A call-up received into a depot posts its goods-received note as any receipt is posted.
        services.TryAddScoped<StockPostingService>();
        services.AddScoped<AllocationStepRunner>();
        services.TryAddSingleton<DeliveryTarget>();
        services.TryAddSingleton<Live.IRequestChanges, Live.NoRequestChanges>();
        services.TryAddScoped<AuditTrail>();
        services.TryAddScoped<WorkflowNumbers>();
        services.TryAddScoped<WorkflowDocuments>();
        services.AddScoped<Reservations>();
        services.AddScoped<PickableBalances>();
        services.AddScoped<ReadinessGate>();
        services.AddScoped<ReadinessWaivers>();
        services.AddScoped<TransferReceipt>();
        services.AddScoped<Drafting>();
        services.AddScoped<RequestTriggers>();
        services.AddScoped<RequestIntake>();
        services.AddScoped<SourceProposals>();
        services.AddScoped<Approval>();
        services.AddScoped<EmergencyRelease>();
        services.AddScoped<Picking>();
        services.AddScoped<Unpicking>();
        services.AddScoped<Dispatching>();
        services.AddScoped<DeliveryConfirmation>();
        services.AddScoped<SignatureBook>();
        services.AddScoped<HandOverSigningStep>();
        services.AddScoped<Returns>();
        services.AddScoped<KitPicking>();
        services.AddScoped<KitReturns>();
        services.TryAddScoped<Kits.KitHoldings>();
        services.TryAddScoped<Kits.KitPacking>();
        services.TryAddScoped<Kits.KitDefinitions>();
        services.AddScoped<CodeReissue>();
        services.AddScoped<Deputies>();
        services.AddScoped<ApprovalPlanning>();
        services.AddScoped<StepApproval>();
        services.AddScoped<ApprovalRuleBook>();
        services.AddScoped<DelegationBook>();
        services.AddScoped<StepEscalation>();
        services.AddScoped<Notifications.NotificationRecipients>();
        services.AddScoped<Notifications.NotificationPlanner>();
        services.AddScoped<Notifications.NotificationInbox>();
        services.TryAddSingleton(new Suppliers.SupplierSourcing(AgreementsFirst: false));
        services.AddScoped<Suppliers.AgreementDraws>();
        services.AddScoped<Suppliers.AgreementSources>();
        services.AddScoped<Suppliers.CallUpOrders>();
        services.AddScoped<Suppliers.CallUpDeliveries>();
        services.AddScoped<Suppliers.SupplierBook>();
        services.AddScoped<Suppliers.AgreementReserves>();
        services.AddScoped<Suppliers.AgreementEnding>();
        services.AddScoped<Suppliers.CallUpCancellations>();
        services.AddScoped<Suppliers.CallUpSettlement>();
        return services.AddMaintenance();
    }

    /// Equipment maintenance: due dates and readiness, checks, repair jobs. Returns and picking lean on them.
    public static IServiceCollection AddMaintenance(this IServiceCollection services)
    {
        services.TryAddScoped<Maintenance.UnitDueDates>();
        services.TryAddScoped<Maintenance.MaintenanceChecks>();
        services.TryAddScoped<Maintenance.RepairJobs>();
        services.TryAddScoped<Maintenance.MaintenancePlanBook>();
        services.TryAddScoped<Maintenance.InspectionPlans>();
        services.TryAddScoped<WriteOffs.WriteOffProposals>();
        services.TryAddScoped<WriteOffs.WriteOffDecisions>();
        return services;
    }

    /// `SqlServer`, `PostgreSQL` (also `Postgres`, `Npgsql`) or anything else for SQLite, in any letter case.
    public static DatabaseProvider ProviderFrom(IConfiguration configuration) =>
        configuration["Database:Provider"]?.Trim().ToUpperInvariant() switch
        {
            "SQLSERVER" => DatabaseProvider.SqlServer,
            "POSTGRESQL" or "POSTGRES" or "NPGSQL" => DatabaseProvider.PostgreSql,
            _ => DatabaseProvider.Sqlite,
        };

    public static string SqliteConnectionString(string? configured, string dataFolder)
    {
        var builder = new SqliteConnectionStringBuilder(string.IsNullOrWhiteSpace(configured)
            ? $"Data Source={Path.Combine(dataFolder, "warehouse.db")}"
            : configured);
        builder.DefaultTimeout = 30;
        builder.Pooling = true;
        var directory = Path.GetDirectoryName(Path.GetFullPath(builder.DataSource));
        if (!string.IsNullOrEmpty(directory))
            Directory.CreateDirectory(directory);
        return builder.ToString();
    }

    // Every provider sends a list a query filters by (`codes.Contains(x.Code)`) as one array-like parameter (json_each,
    // OPENJSON, a PostgreSQL array), not one parameter per element: a bureau's opening stock or catalog names tens of
    // thousands of keys, past SQLite's 32,766 and SQL Server's 2,100 parameters per statement.
    // Start-up migrates SQLite inside a transaction of its own on purpose (DatabaseMigrations), so EF's warning that a
    // user transaction skips its migrations lock says nothing an operator should act on.
    public static DbContextOptionsBuilder ConfigureSqlite(DbContextOptionsBuilder options, string connectionString) =>
        options.UseSqlite(connectionString, sqlite => sqlite.MigrationsHistoryTable("__EFMigrationsHistory")
                .UseParameterizedCollectionMode(ParameterTranslationMode.Parameter))
            .ConfigureWarnings(warnings => warnings.Ignore(RelationalEventId.MigrationsUserTransactionWarning))
            .ReplaceService<IMigrationsSqlGenerator, SqliteRebuildSqlGenerator>()
            .AddInterceptors(new SqlitePragmaInterceptor(), new AppendOnlyGuard(), new ClosedPeriodGuard(), new HashChainInterceptor());

    public static DbContextOptionsBuilder ConfigureSqlServer(DbContextOptionsBuilder options, string connectionString) =>
        options.UseSqlServer(connectionString, sql => sql.EnableRetryOnFailure(5).UseParameterizedCollectionMode(ParameterTranslationMode.Parameter))
            .AddInterceptors(new AppendOnlyGuard(), new ClosedPeriodGuard(), new HashChainInterceptor());

    // No retrying execution strategy: the postings' and workflow steps' own transactions decide what a conflict
    // means (a refused conditional update, a 409), and a retried half of one would be wrong.
    public static DbContextOptionsBuilder ConfigurePostgres(DbContextOptionsBuilder options, string connectionString) =>
        options.UseNpgsql(PostgresConnectionString(WithoutSessionReset(WithAutoPrepare(connectionString))),
                npgsql => npgsql.MigrationsHistoryTable("__EFMigrationsHistory").UseParameterizedCollectionMode(ParameterTranslationMode.Parameter))
            .AddInterceptors(new AppendOnlyGuard(), new ClosedPeriodGuard(), new HashChainInterceptor());

    /// The configured connection string with two of PostgreSQL's session settings made for short statements, each unless
    /// its options set it themselves. The app's statements are short and many: compiling one to machine code (`jit=off`)
    /// cost more than running it (145 ms of the dashboard's 400 ms below-quota count at a million ledger rows), and so did
    /// starting parallel workers (`max_parallel_workers_per_gather=0`): the overdue-requests count took 35 to 85 ms with a
    /// worker and 12 without, and a web server's requests already keep the cores busy.
    public static string PostgresConnectionString(string configured)
    {
        var builder = new NpgsqlConnectionStringBuilder(configured);
        foreach (var (name, value) in SessionDefaults)
            if (builder.Options?.Contains(name, StringComparison.OrdinalIgnoreCase) != true)
                builder.Options = (string.IsNullOrWhiteSpace(builder.Options) ? "" : builder.Options + " ") + $"-c {name}={value}";
        return builder.ToString();
    }

    private static readonly (string Name, string Value)[] SessionDefaults = [("jit", "off"), ("max_parallel_workers_per_gather", "0")];

    /// Npgsql prepares a statement on the server once a connection has sent it a few times, so PostgreSQL parses and plans
    /// each of a posting's twenty-odd statements once per pooled connection rather than on every posting. A connection
    /// string that sets `Max Auto Prepare` keeps its own value (0 turns it off, as a transaction-pooling PgBouncer older
    /// than 1.21 needs).
    public static string WithAutoPrepare(string connectionString) =>
        UnlessGiven(connectionString, "Max Auto Prepare", builder => builder.MaxAutoPrepare = AutoPrepared);

    private const int AutoPrepared = 100;

    /// A pooled connection handed back is not reset (`No Reset On Close`), unless the connection string says otherwise. EF
    /// Core opens and closes the connection around each query, so a posting takes one from the pool ten times; each reset
    /// put seven statements in front of the next query (`RESET ALL`, `DISCARD SEQUENCES`, …). The app leaves nothing in a
    /// session to reset: its settings come with the connection (see <see cref="PostgresConnectionString"/>), and it takes no
    /// session locks, temporary tables or LISTEN. Measured at one station posting back to back: 0.75 ms less of PostgreSQL's
    /// CPU per posting (2.75 ms before), and 150 postings a second instead of 119.
    public static string WithoutSessionReset(string connectionString) =>
        UnlessGiven(connectionString, "No Reset On Close", builder => builder.NoResetOnClose = true);

    /// The connection string with one of Npgsql's settings made by <paramref name="set"/>, unless the string names that
    /// setting itself, spelt with spaces or without.
    private static string UnlessGiven(string connectionString, string setting, Action<NpgsqlConnectionStringBuilder> set)
    {
        var given = new System.Data.Common.DbConnectionStringBuilder { ConnectionString = connectionString };
        if (given.ContainsKey(setting) || given.ContainsKey(setting.Replace(" ", "", StringComparison.Ordinal)))
            return connectionString;
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        set(builder);
        return builder.ToString();
    }
}
