using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Warehouse.Domain.Reporting;

namespace Warehouse.Data.Configurations;

internal sealed class LedgerTotalsMarkConfiguration : IEntityTypeConfiguration<LedgerTotalsMark>
{
    public void Configure(EntityTypeBuilder<LedgerTotalsMark> builder)
    {
        builder.Property(m => m.Id).ValueGeneratedNever();
        builder.Property(m => m.Zone).HasMaxLength(100);
        builder.HasData(new LedgerTotalsMark(0, ""));
    }
}
