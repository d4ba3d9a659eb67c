using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Warehouse.Domain.Catalog;
using Warehouse.Domain.Printing;

namespace Warehouse.Data.Configurations;

internal sealed class PrintJobConfiguration : IEntityTypeConfiguration<PrintJob>
{
    public void Configure(EntityTypeBuilder<PrintJob> builder)
    {
        builder.Property(j => j.Title).HasMaxLength(120);
        builder.Property(j => j.LeaseOwner).HasMaxLength(100);
        builder.Property(j => j.LastError).HasMaxLength(PrintJob.MaxErrorLength);
        builder.Property(j => j.CreatedBy).HasMaxLength(100);
        // The worker claims jobs with conditional updates on the state; a page that moves or cancels a job
        // must lose to a claim that came first.
        builder.Property(j => j.State).IsConcurrencyToken();
        builder.Ignore(j => j.IsOpen);
        builder.HasIndex(j => new { j.State, j.Id });
        builder.HasIndex(j => j.DocumentId);
        // The foreign key's own index, declared: otherwise EF Core lets the partial index below stand in for it and drops it,
        // and a printer's delete would then look for its jobs among every job ever printed.
        builder.HasIndex(j => j.PrinterId);
        // The open jobs per printer (the printers page's queue depth) from the queue alone: SQLite's statistics see one
        // state, Printed, for nearly every job, and without this index it counted them by walking every job ever printed.
        builder.HasIndex(j => j.PrinterId, "IX_PrintJobs_Open").HasFilter("\"State\" IN ('Pending', 'Printing')");
        builder.HasOne(j => j.Printer).WithMany().HasForeignKey(j => j.PrinterId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(j => j.Document).WithMany().HasForeignKey(j => j.DocumentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Depot>().WithMany().HasForeignKey(j => j.DepotId).OnDelete(DeleteBehavior.Restrict);
    }
}
