using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Warehouse.Domain.Catalog;
using Warehouse.Domain.Common;
using Warehouse.Domain.Counting;

namespace Warehouse.Data.Configurations;

internal sealed class StockCountConfiguration : IEntityTypeConfiguration<StockCount>
{
    public void Configure(EntityTypeBuilder<StockCount> builder)
    {
        builder.ToTable("StockCounts");
        builder.Property(c => c.Number).HasMaxLength(30);
        builder.HasIndex(c => c.Number).IsUnique();
        builder.Property(c => c.FromBin).HasMaxLength(CatalogCodes.MaxLength);
        builder.Property(c => c.ToBin).HasMaxLength(CatalogCodes.MaxLength);
        builder.Property(c => c.Counters).HasMaxLength(StockCount.MaxCountersLength);
        builder.Property(c => c.PlannedBy).HasMaxLength(100);
        builder.Property(c => c.DecidedBy).HasMaxLength(100);
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.HasIndex(c => new { c.DepotId, c.State });
        builder.HasOne<Depot>().WithMany().HasForeignKey(c => c.DepotId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(c => c.Locations).WithOne().HasForeignKey(l => l.CountId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(c => c.Entries).WithOne().HasForeignKey(e => e.CountId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(c => c.Lines).WithOne().HasForeignKey(l => l.CountId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(c => c.Locations).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(c => c.Entries).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(c => c.Lines).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Ignore(c => c.CounterNames);
    }
}

internal sealed class CountLocationConfiguration : IEntityTypeConfiguration<CountLocation>
{
    public void Configure(EntityTypeBuilder<CountLocation> builder)
    {
        builder.ToTable("CountLocations");
        builder.Property(l => l.LocationCode).HasMaxLength(CatalogCodes.MaxLength);
        builder.Property(l => l.CountedBy).HasMaxLength(100);
        builder.Property(l => l.RecountedBy).HasMaxLength(100);
        builder.HasIndex(l => new { l.CountId, l.LocationId }).IsUnique();
        builder.HasOne<Location>().WithMany().HasForeignKey(l => l.LocationId).OnDelete(DeleteBehavior.Restrict);
        builder.Ignore(l => l.IsCounted);
        builder.Ignore(l => l.Round);
        builder.Ignore(l => l.StandingMarker);
        builder.Ignore(l => l.AwaitsRecount);
    }
}

internal sealed class CountEntryConfiguration : IEntityTypeConfiguration<CountEntry>
{
    public void Configure(EntityTypeBuilder<CountEntry> builder)
    {
        builder.ToTable("CountEntries");
        builder.Property(e => e.UserName).HasMaxLength(100);
        builder.Property(e => e.ClientScope).HasMaxLength(ClientScopes.MaxLength);
        builder.Property(e => e.ClientId).HasMaxLength(64);
        // A retried scan lands once: its client id is unique within the count and the caller's scope.
        builder.HasIndex(e => new { e.CountId, e.ClientScope, e.ClientId }).IsUnique();
        builder.HasIndex(e => new { e.CountId, e.LocationId });
        builder.Ignore(e => e.Goods);
    }
}

internal sealed class CountLineConfiguration : IEntityTypeConfiguration<CountLine>
{
    public void Configure(EntityTypeBuilder<CountLine> builder)
    {
        builder.ToTable("CountLines");
        builder.HasIndex(l => new { l.CountId, l.LocationId });
        builder.Ignore(l => l.Goods);
        builder.Ignore(l => l.Variance);
        builder.Ignore(l => l.VarianceValue);
        builder.Ignore(l => l.ExpectedValue);
    }
}
