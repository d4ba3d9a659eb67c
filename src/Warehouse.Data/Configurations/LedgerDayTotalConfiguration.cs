using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Warehouse.Domain.Reporting;

namespace Warehouse.Data.Configurations;

internal sealed class LedgerDayTotalConfiguration : IEntityTypeConfiguration<LedgerDayTotal>
{
    public void Configure(EntityTypeBuilder<LedgerDayTotal> builder)
    {
        builder.Ignore(t => t.Key);
        builder.HasIndex(t => new { t.Day, t.DepotId, t.Class, t.Mode, t.Reason, t.Inbound }).IsUnique();
        builder.Property(t => t.Value).HasPrecision(22, 2);
    }
}
