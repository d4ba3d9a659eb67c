using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Warehouse.Domain.Reporting;

namespace Warehouse.Data.Configurations;

internal sealed class LedgerTotalsItemConfiguration : IEntityTypeConfiguration<LedgerTotalsItem>
{
    public void Configure(EntityTypeBuilder<LedgerTotalsItem> builder)
    {
        builder.HasKey(i => i.ItemId);
        builder.Property(i => i.ItemId).ValueGeneratedNever();
    }
}
