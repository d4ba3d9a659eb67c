using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Warehouse.Data.Allocation;
using Warehouse.Domain.Allocation;
using Warehouse.Domain.Catalog;
using Warehouse.Domain.Suppliers;

namespace Warehouse.Data.Configurations;

internal sealed class CallUpConfiguration : IEntityTypeConfiguration<CallUp>
{
    public void Configure(EntityTypeBuilder<CallUp> builder)
    {
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.Property(c => c.Number).HasMaxLength(30);
        builder.HasIndex(c => c.Number).IsUnique();
        builder.Property(c => c.State).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.DeliveredBy).HasMaxLength(100);
        builder.Property(c => c.Note).HasMaxLength(500);
        builder.Property(c => c.DeliveryCodeHash).HasMaxLength(64);
        builder.Property(c => c.ShortCodeHash).HasMaxLength(64);
        builder.Property(c => c.DocumentNumber).HasMaxLength(40);
        builder.Property(c => c.CancelledBy).HasMaxLength(100);
        builder.Property(c => c.CancelReason).HasMaxLength(500);
        builder.HasIndex(c => c.ShortCodeHash).IsUnique();
        builder.HasIndex(c => new { c.State, c.DueAt });
        // As a dispatch's: the deliveries not yet in the transfer tallies.
        builder.Property<DateTime?>(Tallied.Column);
        builder.HasIndex(c => c.DeliveredAt, "IX_CallUps_Untallied").HasFilter(Tallied.Filter);
        builder.HasOne<SupplyAgreement>().WithMany().HasForeignKey(c => c.AgreementId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<AllocationRequest>().WithMany(r => r.CallUps).HasForeignKey(c => c.RequestId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Depot>().WithMany().HasForeignKey(c => c.DestinationDepotId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(c => c.Lines).WithOne().HasForeignKey(l => l.CallUpId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(c => c.Lines).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Ignore(c => c.ToSite);
        builder.Ignore(c => c.OnTime);
    }
}

internal sealed class CallUpLineConfiguration : IEntityTypeConfiguration<CallUpLine>
{
    public void Configure(EntityTypeBuilder<CallUpLine> builder)
    {
        builder.ToTable(t => t.HasCheckConstraint("CK_CallUpLines_Quantity", "\"Quantity\" > 0"));
        builder.HasOne<Item>().WithMany().HasForeignKey(l => l.ItemId).OnDelete(DeleteBehavior.Restrict);
    }
}
