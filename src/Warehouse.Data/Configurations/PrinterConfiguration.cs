using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Warehouse.Domain.Printing;

namespace Warehouse.Data.Configurations;

internal sealed class PrinterConfiguration : IEntityTypeConfiguration<Printer>
{
    public void Configure(EntityTypeBuilder<Printer> builder)
    {
        builder.Property(p => p.Name).HasMaxLength(60);
        builder.HasIndex(p => p.Name).IsUnique();
        builder.Property(p => p.Address).HasMaxLength(Printer.MaxAddressLength);
        builder.Property(p => p.LabelFont).HasMaxLength(LabelSettings.MaxFontLength);
        builder.Ignore(p => p.Labels);
        builder.HasOne(p => p.Depot).WithMany().HasForeignKey(p => p.DepotId).OnDelete(DeleteBehavior.Restrict);
    }
}
