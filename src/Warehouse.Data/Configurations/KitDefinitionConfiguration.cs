using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Warehouse.Domain.Catalog;
using Warehouse.Domain.Kits;

namespace Warehouse.Data.Configurations;

internal sealed class KitDefinitionConfiguration : IEntityTypeConfiguration<KitDefinition>
{
    public void Configure(EntityTypeBuilder<KitDefinition> builder)
    {
        builder.ToTable("KitDefinitions");
        builder.Property(d => d.Code).HasMaxLength(CatalogCodes.MaxLength);
        builder.HasIndex(d => d.Code).IsUnique();
        builder.Property(d => d.Name).HasMaxLength(100);
        builder.HasMany(d => d.Lines).WithOne().HasForeignKey(l => l.KitDefinitionId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(d => d.Lines).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class KitDefinitionLineConfiguration : IEntityTypeConfiguration<KitDefinitionLine>
{
    public void Configure(EntityTypeBuilder<KitDefinitionLine> builder)
    {
        builder.ToTable("KitDefinitionLines");
        builder.HasIndex(l => new { l.KitDefinitionId, l.ItemId }).IsUnique();
        builder.HasOne(l => l.Item).WithMany().HasForeignKey(l => l.ItemId).OnDelete(DeleteBehavior.Restrict);
    }
}
