using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Warehouse.Domain.Importing;

namespace Warehouse.Data.Configurations;

internal sealed class ImportJobConfiguration : IEntityTypeConfiguration<ImportJob>
{
    public void Configure(EntityTypeBuilder<ImportJob> builder)
    {
        builder.Property(j => j.Key).HasMaxLength(32);
        builder.HasIndex(j => j.Key).IsUnique();
        builder.Property(j => j.FileName).HasMaxLength(260);
        builder.Property(j => j.StartedBy).HasMaxLength(256);
        builder.Property(j => j.Culture).HasMaxLength(20);
        builder.Property(j => j.Stage).HasConversion<string>().HasMaxLength(20);
        builder.Property(j => j.FailureCode).HasMaxLength(60);
        // The stage is what the page and the one-at-a-time check look jobs up by; the newest first.
        builder.HasIndex(j => new { j.Stage, j.StartedAt });
        builder.HasIndex(j => new { j.StartedBy, j.StartedAt });
    }
}
