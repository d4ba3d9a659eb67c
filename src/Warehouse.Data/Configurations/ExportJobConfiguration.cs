using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Warehouse.Domain.Exporting;

namespace Warehouse.Data.Configurations;

internal sealed class ExportJobConfiguration : IEntityTypeConfiguration<ExportJob>
{
    public void Configure(EntityTypeBuilder<ExportJob> builder)
    {
        builder.Property(j => j.Key).HasMaxLength(32);
        builder.HasIndex(j => j.Key).IsUnique();
        builder.Property(j => j.FileName).HasMaxLength(260);
        builder.Property(j => j.StartedBy).HasMaxLength(256);
        builder.Property(j => j.State).HasConversion<string>().HasMaxLength(20);
        // The sweep finds the running jobs that stopped writing progress and the ended ones past keeping.
        builder.HasIndex(j => new { j.State, j.ProgressAt });
        builder.HasIndex(j => j.EndedAt);
    }
}
