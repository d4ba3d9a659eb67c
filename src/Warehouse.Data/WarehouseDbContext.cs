using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Warehouse.Data.Identity;
using Warehouse.Data.Infrastructure;
using Warehouse.Domain.Allocation;
using Warehouse.Domain.Approvals;
using Warehouse.Domain.Auditing;
using Warehouse.Domain.Catalog;
using Warehouse.Domain.Closing;
using Warehouse.Domain.Common;
using Warehouse.Domain.Counting;
using Warehouse.Domain.Departments;
using Warehouse.Domain.Importing;
using Warehouse.Domain.Kits;
using Warehouse.Domain.Maintenance;
using Warehouse.Domain.Printing;
using Warehouse.Domain.Reporting;
using Warehouse.Domain.Readiness;
using Warehouse.Domain.Setup;
using Warehouse.Domain.Stations;
using Warehouse.Domain.Stock;
using Warehouse.Domain.WriteOffs;

namespace Warehouse.Data;

public abstract class WarehouseDbContext : IdentityDbContext<WarehouseUser>, IDataProtectionKeyContext
{
    protected WarehouseDbContext(DbContextOptions options) : base(options) { }

    public DbSet<Depot> Depots => Set<Depot>();
    public DbSet<Location> Locations => Set<Location>();
    public DbSet<Department> Departments => Set<Department>();
    public DbSet<Item> Items => Set<Item>();
    public DbSet<Quota> Quotas => Set<Quota>();
    public DbSet<Batch> Batches => Set<Batch>();
    public DbSet<EquipmentUnit> EquipmentUnits => Set<EquipmentUnit>();
    public DbSet<StockBalance> StockBalances => Set<StockBalance>();
    public DbSet<StockMovement> StockMovements => Set<StockMovement>();
    public DbSet<StockDocument> StockDocuments => Set<StockDocument>();
    public DbSet<NumberSequence> NumberSequences => Set<NumberSequence>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<ChainHead> ChainHeads => Set<ChainHead>();
    public DbSet<IntegrityCheck> IntegrityChecks => Set<IntegrityCheck>();
    public DbSet<Station> Stations => Set<Station>();
    public DbSet<StationAgent> StationAgents => Set<StationAgent>();
    public DbSet<ForwardedScan> ForwardedScans => Set<ForwardedScan>();
    public DbSet<AgentPrinter> AgentPrinters => Set<AgentPrinter>();
    public DbSet<UserDepot> UserDepots => Set<UserDepot>();
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();
    public DbSet<AllocationRequest> AllocationRequests => Set<AllocationRequest>();
    public DbSet<Dispatch> Dispatches => Set<Dispatch>();
    public DbSet<DispatchPick> DispatchPicks => Set<DispatchPick>();
    public DbSet<RequestTransition> RequestTransitions => Set<RequestTransition>();
    public DbSet<TransferTally> TransferTallies => Set<TransferTally>();
    public DbSet<Printer> Printers => Set<Printer>();
    public DbSet<PrintJob> PrintJobs => Set<PrintJob>();
    public DbSet<Bureau> Bureaus => Set<Bureau>();
    public DbSet<StockCount> StockCounts => Set<StockCount>();
    public DbSet<ClosedPeriod> ClosedPeriods => Set<ClosedPeriod>();
    public DbSet<RefusedPosting> RefusedPostings => Set<RefusedPosting>();
    public DbSet<ImportJob> ImportJobs => Set<ImportJob>();
    public DbSet<Domain.Exporting.ExportJob> ExportJobs => Set<Domain.Exporting.ExportJob>();
    public DbSet<Domain.Exporting.ExportWorkbook> ExportWorkbooks => Set<Domain.Exporting.ExportWorkbook>();
    public DbSet<LedgerMonthTotal> LedgerMonthTotals => Set<LedgerMonthTotal>();
    public DbSet<LedgerDayTotal> LedgerDayTotals => Set<LedgerDayTotal>();
    public DbSet<LedgerTotalsMark> LedgerTotalsMarks => Set<LedgerTotalsMark>();
    public DbSet<LedgerTotalsItem> LedgerTotalsItems => Set<LedgerTotalsItem>();
    public DbSet<QuotaCoverageRecord> QuotaCoverageRecords => Set<QuotaCoverageRecord>();
    public DbSet<ApprovalRule> ApprovalRules => Set<ApprovalRule>();
    public DbSet<ApprovalStep> ApprovalSteps => Set<ApprovalStep>();
    public DbSet<Delegation> Delegations => Set<Delegation>();
    public DbSet<Domain.Notifications.Notification> Notifications => Set<Domain.Notifications.Notification>();
    public DbSet<Place> Places => Set<Place>();
    public DbSet<EquipmentStandard> EquipmentStandards => Set<EquipmentStandard>();
    public DbSet<PlaceDocument> PlaceDocuments => Set<PlaceDocument>();
    public DbSet<MaintenancePlan> MaintenancePlans => Set<MaintenancePlan>();
    public DbSet<MaintenanceCheck> MaintenanceChecks => Set<MaintenanceCheck>();
    public DbSet<RepairJob> RepairJobs => Set<RepairJob>();
    public DbSet<WriteOff> WriteOffs => Set<WriteOff>();
    public DbSet<ReadinessWaiver> ReadinessWaivers => Set<ReadinessWaiver>();
    public DbSet<HandOverSignature> HandOverSignatures => Set<HandOverSignature>();
    public DbSet<KitDefinition> KitDefinitions => Set<KitDefinition>();
    public DbSet<Kit> Kits => Set<Kit>();
    public DbSet<KitComponent> KitComponents => Set<KitComponent>();
    public DbSet<DepartmentApiKey> DepartmentApiKeys => Set<DepartmentApiKey>();
    public DbSet<RequestClientKey> RequestClientKeys => Set<RequestClientKey>();
    public DbSet<Domain.Suppliers.Supplier> Suppliers => Set<Domain.Suppliers.Supplier>();
    public DbSet<Domain.Suppliers.SupplyAgreement> SupplyAgreements => Set<Domain.Suppliers.SupplyAgreement>();
    public DbSet<Domain.Suppliers.AgreementLine> AgreementLines => Set<Domain.Suppliers.AgreementLine>();
    public DbSet<Domain.Suppliers.CallUp> CallUps => Set<Domain.Suppliers.CallUp>();

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        using var detected = DetectChangesOnce();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        using var detected = DetectChangesOnce();
        return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    /// Scans the tracked entities for changes once, and not again until the save is over. Otherwise every look at the
    /// entries scans them all anew (the append-only guard once, SaveChanges itself once),
    /// and a posting saves once per line while its document's rows pile up in the tracker, so the scans grow with every
    /// line: the demo seed's opening stock spent a quarter of its time in them.
    private ChangesDetected DetectChangesOnce()
    {
        if (!ChangeTracker.AutoDetectChangesEnabled)
            return default;
        ChangeTracker.DetectChanges();
        ChangeTracker.AutoDetectChangesEnabled = false;
        return new ChangesDetected(ChangeTracker);
    }

    private readonly struct ChangesDetected(ChangeTracker? tracker) : IDisposable
    {
        public void Dispose()
        {
            if (tracker is not null)
                tracker.AutoDetectChangesEnabled = true;
        }
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(WarehouseDbContext).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configuration)
    {
        configuration.Properties<Enum>().HaveConversion<string>().HaveMaxLength(30);
        configuration.Properties<decimal>().HavePrecision(18, 2);
        configuration.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
    }
}

/// The SQLite flavour: its own migrations live in Migrations/Sqlite.
public sealed class SqliteWarehouseDbContext(DbContextOptions<SqliteWarehouseDbContext> options) : WarehouseDbContext(options);

/// The SQL Server flavour: its own migrations live in Migrations/SqlServer.
public sealed class SqlServerWarehouseDbContext(DbContextOptions<SqlServerWarehouseDbContext> options) : WarehouseDbContext(options);

/// The PostgreSQL flavour (also what PostgreSQL-derived databases speak): its own migrations live in Migrations/Postgres.
public sealed class PostgresWarehouseDbContext(DbContextOptions<PostgresWarehouseDbContext> options) : WarehouseDbContext(options);
