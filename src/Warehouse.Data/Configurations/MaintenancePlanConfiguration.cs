using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Warehouse.Domain.Catalog;
using Warehouse.Domain.Maintenance;

namespace Warehouse.Data.Configurations;

internal sealed class MaintenancePlanConfiguration : IEntityTypeConfiguration<MaintenancePlan>
{
    public void Configure(EntityTypeBuilder<MaintenancePlan> builder)
    {
        builder.ToTable("MaintenancePlans", t =>
        {
            t.HasCheckConstraint("CK_MaintenancePlans_Interval", "\"IntervalDays\" > 0");
            t.HasCheckConstraint("CK_MaintenancePlans_Scope",
                "(\"ItemId\" IS NULL AND \"Class\" IS NOT NULL) OR (\"ItemId\" IS NOT NULL AND \"Class\" IS NULL)");
        });
        builder.HasIndex(p => new { p.ItemId, p.Class, p.Kind });
        builder.HasOne<Item>().WithMany().HasForeignKey(p => p.ItemId).OnDelete(DeleteBehavior.Restrict);
    }
}
