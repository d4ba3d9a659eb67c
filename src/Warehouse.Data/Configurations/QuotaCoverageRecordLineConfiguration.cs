using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Warehouse.Domain.Catalog;
using Warehouse.Domain.Reporting;

namespace Warehouse.Data.Configurations;

internal sealed class QuotaCoverageRecordLineConfiguration : IEntityTypeConfiguration<QuotaCoverageRecordLine>
{
    public void Configure(EntityTypeBuilder<QuotaCoverageRecordLine> builder)
    {
        builder.ToTable("QuotaCoverageRecordLines");
        builder.HasIndex(l => new { l.RecordId, l.DepotId }).IsUnique();
        builder.HasOne<Depot>().WithMany().HasForeignKey(l => l.DepotId).OnDelete(DeleteBehavior.Cascade);
    }
}
