using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Warehouse.Domain.Auditing;

namespace Warehouse.Data.Configurations;

internal sealed class IntegrityCheckConfiguration : IEntityTypeConfiguration<IntegrityCheck>
{
    public void Configure(EntityTypeBuilder<IntegrityCheck> builder)
    {
        builder.Property(c => c.BrokenChain).HasMaxLength(20);
        builder.Property(c => c.Expected).HasMaxLength(500);
        builder.Property(c => c.Drift).HasMaxLength(2000);
        builder.Ignore(c => c.Intact);
        builder.Ignore(c => c.NeedsAttention);
    }
}
