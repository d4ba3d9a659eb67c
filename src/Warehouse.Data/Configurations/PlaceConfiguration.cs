using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Warehouse.Domain.Catalog;
using Warehouse.Domain.Readiness;

namespace Warehouse.Data.Configurations;

internal sealed class PlaceConfiguration : IEntityTypeConfiguration<Place>
{
    public void Configure(EntityTypeBuilder<Place> builder)
    {
        builder.Property(p => p.Version).IsConcurrencyToken();
        builder.Property(p => p.Code).HasMaxLength(30);
        builder.HasIndex(p => p.Code).IsUnique();
        builder.Property(p => p.Name).HasMaxLength(100);
        // No action rather than restrict: checked at the end of a statement, so dropping or emptying the table in one go is allowed.
        builder.HasOne(p => p.Township).WithMany().HasForeignKey(p => p.TownshipId).OnDelete(DeleteBehavior.NoAction);
        builder.HasOne<Depot>().WithMany().HasForeignKey(p => p.DepotId).OnDelete(DeleteBehavior.Restrict);
        builder.Ignore(p => p.Position);
        builder.ToTable(t => t.HasCheckConstraint("CK_Places_Counts", "\"DutyPersons\" >= 0 AND \"Households\" >= 0"));
    }
}

internal sealed class PlaceDocumentConfiguration : IEntityTypeConfiguration<PlaceDocument>
{
    public void Configure(EntityTypeBuilder<PlaceDocument> builder)
    {
        builder.HasIndex(p => p.StockDocumentId).IsUnique();
        builder.HasIndex(p => p.PlaceId);
        builder.HasOne(p => p.Document).WithMany().HasForeignKey(p => p.StockDocumentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Place>().WithMany().HasForeignKey(p => p.PlaceId).OnDelete(DeleteBehavior.Restrict);
    }
}
