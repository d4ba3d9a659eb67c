using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Warehouse.Domain.Catalog;
using Warehouse.Domain.WriteOffs;

namespace Warehouse.Data.Configurations;

internal sealed class WriteOffLineConfiguration : IEntityTypeConfiguration<WriteOffLine>
{
    public void Configure(EntityTypeBuilder<WriteOffLine> builder)
    {
        builder.ToTable("WriteOffLines", t => t.HasCheckConstraint("CK_WriteOffLines_Quantity", "\"Quantity\" > 0"));
        builder.HasOne<Item>().WithMany().HasForeignKey(l => l.ItemId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Batch>().WithMany().HasForeignKey(l => l.BatchId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<EquipmentUnit>().WithMany().HasForeignKey(l => l.EquipmentUnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Location>().WithMany().HasForeignKey(l => l.LocationId).OnDelete(DeleteBehavior.Restrict);
    }
}
