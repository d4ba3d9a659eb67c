using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Warehouse.Domain.Allocation;
using Warehouse.Domain.Catalog;

namespace Warehouse.Data.Configurations;

internal sealed class ReadinessWaiverConfiguration : IEntityTypeConfiguration<ReadinessWaiver>
{
    public void Configure(EntityTypeBuilder<ReadinessWaiver> builder)
    {
        builder.Property(w => w.Reason).HasMaxLength(ReadinessWaiver.MaxReasonLength);
        builder.Property(w => w.GrantedBy).HasMaxLength(256);
        builder.HasIndex(w => new { w.DispatchId, w.EquipmentUnitId }).IsUnique();
        builder.HasOne<Dispatch>().WithMany().HasForeignKey(w => w.DispatchId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<EquipmentUnit>().WithMany().HasForeignKey(w => w.EquipmentUnitId).OnDelete(DeleteBehavior.Restrict);
    }
}
