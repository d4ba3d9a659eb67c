using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Warehouse.Domain.Readiness;

namespace Warehouse.Data.Configurations;

internal sealed class EquipmentStandardConfiguration : IEntityTypeConfiguration<EquipmentStandard>
{
    public void Configure(EntityTypeBuilder<EquipmentStandard> builder)
    {
        builder.Property(s => s.Version).IsConcurrencyToken();
        builder.Property(s => s.Code).HasMaxLength(30);
        builder.HasIndex(s => s.Code).IsUnique();
        builder.Property(s => s.Name).HasMaxLength(100);
        builder.HasMany(s => s.Lines).WithOne().HasForeignKey(l => l.StandardId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(s => s.Lines).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class StandardLineConfiguration : IEntityTypeConfiguration<StandardLine>
{
    public void Configure(EntityTypeBuilder<StandardLine> builder)
    {
        builder.ToTable("StandardLines", t => t.HasCheckConstraint("CK_StandardLines_Quantity", "\"Quantity\" > 0"));
        builder.HasIndex(l => new { l.StandardId, l.ItemId, l.Basis }).IsUnique();
        builder.HasOne(l => l.Item).WithMany().HasForeignKey(l => l.ItemId).OnDelete(DeleteBehavior.Restrict);
    }
}
