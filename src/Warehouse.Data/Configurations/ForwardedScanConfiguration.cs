using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Warehouse.Domain.Stations;

namespace Warehouse.Data.Configurations;

internal sealed class ForwardedScanConfiguration : IEntityTypeConfiguration<ForwardedScan>
{
    public void Configure(EntityTypeBuilder<ForwardedScan> builder)
    {
        builder.Property(s => s.Code).HasMaxLength(ForwardedScan.MaxCodeLength);
        // Pages ask for a station's scans after the number they saw last.
        builder.HasIndex(s => new { s.StationId, s.Id });
        builder.HasOne<Station>().WithMany().HasForeignKey(s => s.StationId).OnDelete(DeleteBehavior.Cascade);
    }
}
