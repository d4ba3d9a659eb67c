using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Warehouse.Domain.Printing;
using Warehouse.Domain.Stations;

namespace Warehouse.Data.Configurations;

internal sealed class StationConfiguration : IEntityTypeConfiguration<Station>
{
    public void Configure(EntityTypeBuilder<Station> builder)
    {
        builder.Property(s => s.Name).HasMaxLength(60);
        builder.HasIndex(s => s.Name).IsUnique();
        builder.Property(s => s.KeyHash).HasMaxLength(64);
        builder.HasIndex(s => s.KeyHash).IsUnique();
        builder.Property(s => s.KeyPrefix).HasMaxLength(8);
        builder.Ignore(s => s.Active);
        builder.HasOne<Printer>().WithMany().HasForeignKey(s => s.DefaultPrinterId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne(s => s.Depot).WithMany().HasForeignKey(s => s.DepotId).OnDelete(DeleteBehavior.Restrict);
    }
}
