using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Warehouse.Data.Allocation;
using Warehouse.Domain.Allocation;
using Warehouse.Domain.Catalog;
using Warehouse.Domain.Common;
using Warehouse.Domain.Stock;

namespace Warehouse.Data.Configurations;

internal sealed class DispatchConfiguration : IEntityTypeConfiguration<Dispatch>
{
    public void Configure(EntityTypeBuilder<Dispatch> builder)
    {
        builder.Property(d => d.Number).HasMaxLength(30);
        builder.HasIndex(d => d.Number).IsUnique();
        builder.Property(d => d.Vehicle).HasMaxLength(20);
        builder.Property(d => d.Driver).HasMaxLength(50);
        builder.Property(d => d.DriverPhone).HasMaxLength(30);
        builder.Property(d => d.DispatchedBy).HasMaxLength(100);
        builder.Property(d => d.DeliveredBy).HasMaxLength(100);
        builder.Property(d => d.DeliveryNote).HasMaxLength(500);
        builder.Property(d => d.DeliveryCodeHash).HasMaxLength(64);
        builder.Property(d => d.ShortCodeHash).HasMaxLength(64);
        builder.HasIndex(d => d.ShortCodeHash).IsUnique();
        builder.HasIndex(d => new { d.SourceDepotId, d.State });
        builder.Property(d => d.DeliveredTo).HasMaxLength(200);
        // The delivery-time figures read a period's deliveries from this index alone (the reserve report's half-year is
        // 50,000 of them); the transfer-time report finds its rows by it, rather than walking every dispatch ever made.
        builder.HasIndex(d => new { d.DeliveredAt, d.SourceDepotId, d.DeliveredTo, d.MinutesToDeliver })
            .HasDatabaseName("IX_Dispatches_Deliveries");
        // The deliveries not yet in the transfer tallies, the few among every dispatch ever delivered.
        builder.Property<DateTime?>(Tallied.Column);
        builder.HasIndex(d => d.DeliveredAt, "IX_Dispatches_Untallied").HasFilter(Tallied.Filter);
        // The dashboard's goods in transit: the few dispatches on the road, in the order they left, among all ever delivered.
        builder.HasIndex(d => new { d.State, d.DispatchedAt });
        builder.HasOne(d => d.SourceDepot).WithMany().HasForeignKey(d => d.SourceDepotId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(d => d.Lines).WithOne().HasForeignKey(l => l.DispatchId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(d => d.Picks).WithOne().HasForeignKey(p => p.DispatchId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(d => d.Reservations).WithOne().HasForeignKey(r => r.DispatchId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(d => d.Returns).WithOne().HasForeignKey(r => r.DispatchId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(d => d.Lines).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(d => d.Picks).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(d => d.Reservations).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(d => d.Returns).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Ignore(d => d.IsFullyPicked);
    }
}

internal sealed class DispatchLineConfiguration : IEntityTypeConfiguration<DispatchLine>
{
    public void Configure(EntityTypeBuilder<DispatchLine> builder)
    {
        builder.HasIndex(l => new { l.DispatchId, l.ItemId }).IsUnique();
        builder.HasOne(l => l.Item).WithMany().HasForeignKey(l => l.ItemId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class DispatchPickConfiguration : IEntityTypeConfiguration<DispatchPick>
{
    public void Configure(EntityTypeBuilder<DispatchPick> builder)
    {
        builder.Property(p => p.ClientId).HasMaxLength(64);
        builder.Property(p => p.ClientScope).HasMaxLength(ClientScopes.MaxLength);
        builder.Property(p => p.RequestFingerprint).HasMaxLength(64);
        builder.HasIndex(p => new { p.ClientScope, p.ClientId }).IsUnique();
        builder.Property(p => p.PickedBy).HasMaxLength(100);
        builder.Property(p => p.FefoOverride).HasMaxLength(200);
        builder.Property(p => p.ReadinessOverride).HasMaxLength(500);
        builder.HasOne<Item>().WithMany().HasForeignKey(p => p.ItemId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<StockBalance>().WithMany().HasForeignKey(p => p.BalanceId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ReservationConfiguration : IEntityTypeConfiguration<Reservation>
{
    public void Configure(EntityTypeBuilder<Reservation> builder)
    {
        builder.HasIndex(r => new { r.BalanceId, r.Released });
        builder.HasOne<StockBalance>().WithMany().HasForeignKey(r => r.BalanceId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class DispatchReturnConfiguration : IEntityTypeConfiguration<DispatchReturn>
{
    public void Configure(EntityTypeBuilder<DispatchReturn> builder)
    {
        builder.Property(r => r.ReturnedBy).HasMaxLength(100);
        builder.Property(r => r.Note).HasMaxLength(500);
    }
}
