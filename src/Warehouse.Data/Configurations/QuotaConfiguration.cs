using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Warehouse.Data.Migrations.Sql;
using Warehouse.Domain.Catalog;

namespace Warehouse.Data.Configurations;

internal sealed class QuotaConfiguration : IEntityTypeConfiguration<Quota>
{
    public void Configure(EntityTypeBuilder<Quota> builder)
    {
        builder.Property(x => x.Version).IsConcurrencyToken();
        builder.HasIndex(q => new { q.DepotId, q.ItemId }).IsUnique();
        builder.HasOne(q => q.Depot).WithMany().HasForeignKey(q => q.DepotId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(q => q.Item).WithMany().HasForeignKey(q => q.ItemId).OnDelete(DeleteBehavior.Cascade);
        builder.ToTable(t => t.HasCheckConstraint("CK_Quotas_Range", "\"Minimum\" >= 0 AND \"Minimum\" <= \"Target\""));
        builder.ToTable(t => t.HasCheckConstraint("CK_Quotas_ReserveFloor", "\"ReserveFloor\" >= 0 AND \"ReserveFloor\" <= \"Target\""));
        // Kept by the database's triggers (Migrations/Sql/QuotaHeldSql): a new quota's trigger sums what is held already,
        // the balances' trigger moves it on every change; the app never writes it after the insert.
        builder.Property(q => q.Held).Metadata.SetAfterSaveBehavior(PropertySaveBehavior.Ignore);
        builder.ToTable(t => t.HasTrigger(QuotaHeldTriggers.OnQuotas));
    }
}
