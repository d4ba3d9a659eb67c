using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Warehouse.Domain.Catalog;
using Warehouse.Domain.Maintenance;

namespace Warehouse.Data.Configurations;

internal sealed class MaintenanceCheckConfiguration : IEntityTypeConfiguration<MaintenanceCheck>
{
    public void Configure(EntityTypeBuilder<MaintenanceCheck> builder)
    {
        builder.Property(c => c.HoursRun).HasPrecision(9, 1);
        builder.Property(c => c.Notes).HasMaxLength(MaintenanceCheck.MaxNotesLength);
        builder.Property(c => c.UserName).HasMaxLength(256);
        builder.HasIndex(c => new { c.EquipmentUnitId, c.PlanId, c.Day });
        builder.HasOne<EquipmentUnit>().WithMany().HasForeignKey(c => c.EquipmentUnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(c => c.Plan).WithMany().HasForeignKey(c => c.PlanId).OnDelete(DeleteBehavior.Restrict);
    }
}
