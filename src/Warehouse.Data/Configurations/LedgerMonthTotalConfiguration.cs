using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Warehouse.Domain.Reporting;

namespace Warehouse.Data.Configurations;

internal sealed class LedgerMonthTotalConfiguration : IEntityTypeConfiguration<LedgerMonthTotal>
{
    public void Configure(EntityTypeBuilder<LedgerMonthTotal> builder)
    {
        builder.Ignore(t => t.Key);
        builder.HasIndex(t => new { t.Month, t.DepotId, t.Class, t.Mode, t.Reason, t.Inbound }).IsUnique();
        builder.Property(t => t.Value).HasPrecision(22, 2);
    }
}
