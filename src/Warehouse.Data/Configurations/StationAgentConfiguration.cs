using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Warehouse.Domain.Stations;

namespace Warehouse.Data.Configurations;

internal sealed class StationAgentConfiguration : IEntityTypeConfiguration<StationAgent>
{
    public void Configure(EntityTypeBuilder<StationAgent> builder)
    {
        builder.HasKey(a => a.StationId);
        builder.Property(a => a.StationId).ValueGeneratedNever();
        builder.HasOne<Station>().WithOne().HasForeignKey<StationAgent>(a => a.StationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(a => a.Printers).WithOne().HasForeignKey(p => p.StationId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(a => a.Printers).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
