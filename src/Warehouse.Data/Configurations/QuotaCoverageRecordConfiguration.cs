using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Warehouse.Domain.Reporting;

namespace Warehouse.Data.Configurations;

internal sealed class QuotaCoverageRecordConfiguration : IEntityTypeConfiguration<QuotaCoverageRecord>
{
    public void Configure(EntityTypeBuilder<QuotaCoverageRecord> builder)
    {
        // One record per month's end: two instances recording the same end at once, the second is refused.
        builder.HasIndex(r => r.End).IsUnique();
        builder.HasMany(r => r.Lines).WithOne().HasForeignKey(l => l.RecordId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(r => r.Lines).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
