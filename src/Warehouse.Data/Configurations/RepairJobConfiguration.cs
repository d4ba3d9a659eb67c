using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Warehouse.Domain.Catalog;
using Warehouse.Domain.Maintenance;

namespace Warehouse.Data.Configurations;

internal sealed class RepairJobConfiguration : IEntityTypeConfiguration<RepairJob>
{
    public void Configure(EntityTypeBuilder<RepairJob> builder)
    {
        builder.Property(r => r.Version).IsConcurrencyToken();
        builder.Property(r => r.Fault).HasMaxLength(RepairJob.MaxTextLength);
        builder.Property(r => r.WorkDone).HasMaxLength(RepairJob.MaxTextLength);
        builder.Property(r => r.PartsNoteNumber).HasMaxLength(40);
        builder.Property(r => r.OpenedBy).HasMaxLength(256);
        builder.Property(r => r.ClosedBy).HasMaxLength(256);
        builder.HasIndex(r => r.OpenUnitId).IsUnique();
        builder.HasIndex(r => r.EquipmentUnitId);
        builder.HasOne<EquipmentUnit>().WithMany().HasForeignKey(r => r.EquipmentUnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Depot>().WithMany().HasForeignKey(r => r.DepotId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<MaintenanceCheck>().WithMany().HasForeignKey(r => r.CheckId).OnDelete(DeleteBehavior.Restrict);
    }
}
