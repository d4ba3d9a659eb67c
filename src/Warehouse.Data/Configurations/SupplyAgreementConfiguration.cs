using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Warehouse.Domain.Catalog;
using Warehouse.Domain.Suppliers;

namespace Warehouse.Data.Configurations;

internal sealed class SupplyAgreementConfiguration : IEntityTypeConfiguration<SupplyAgreement>
{
    public void Configure(EntityTypeBuilder<SupplyAgreement> builder)
    {
        builder.ToTable(t => t.HasCheckConstraint("CK_SupplyAgreements_Validity", "\"ValidTo\" >= \"ValidFrom\""));
        builder.Property(a => a.Number).HasMaxLength(40);
        builder.HasIndex(a => a.Number).IsUnique();
        builder.Property(a => a.Version).IsConcurrencyToken();
        builder.HasOne(a => a.Supplier).WithMany().HasForeignKey(a => a.SupplierId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(a => a.Lines).WithOne().HasForeignKey(l => l.AgreementId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(a => a.Lines).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

/// The guaranteed quantity bounds what is drawn in the database itself, whatever writes the row.
internal sealed class AgreementLineConfiguration : IEntityTypeConfiguration<AgreementLine>
{
    public void Configure(EntityTypeBuilder<AgreementLine> builder)
    {
        builder.ToTable(t =>
        {
            t.HasCheckConstraint("CK_AgreementLines_Guaranteed", "\"Guaranteed\" > 0");
            t.HasCheckConstraint("CK_AgreementLines_Drawn", "\"Drawn\" >= 0 AND \"Drawn\" <= \"Guaranteed\"");
        });
        builder.HasIndex(l => new { l.AgreementId, l.ItemId }).IsUnique();
        builder.HasOne(l => l.Item).WithMany().HasForeignKey(l => l.ItemId).OnDelete(DeleteBehavior.Restrict);
        builder.Ignore(l => l.Remaining);
    }
}
