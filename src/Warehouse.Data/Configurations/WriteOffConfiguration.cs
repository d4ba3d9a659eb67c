using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Warehouse.Domain.Catalog;
using Warehouse.Domain.WriteOffs;

namespace Warehouse.Data.Configurations;

internal sealed class WriteOffConfiguration : IEntityTypeConfiguration<WriteOff>
{
    public void Configure(EntityTypeBuilder<WriteOff> builder)
    {
        builder.Property(w => w.Version).IsConcurrencyToken();
        builder.Property(w => w.Number).HasMaxLength(40);
        builder.HasIndex(w => w.Number).IsUnique();
        builder.Property(w => w.Cause).HasConversion<string>().HasMaxLength(20);
        builder.Property(w => w.State).HasConversion<string>().HasMaxLength(20);
        builder.Property(w => w.Note).HasMaxLength(WriteOff.MaxTextLength);
        builder.Property(w => w.DecisionNote).HasMaxLength(WriteOff.MaxTextLength);
        builder.Property(w => w.RequestedBy).HasMaxLength(256);
        builder.Property(w => w.DecidedBy).HasMaxLength(256);
        builder.Property(w => w.DocumentNumber).HasMaxLength(40);
        builder.Ignore(w => w.Reason);
        builder.HasIndex(w => new { w.State, w.DepotId });
        builder.HasOne<Depot>().WithMany().HasForeignKey(w => w.DepotId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(w => w.Lines).WithOne().HasForeignKey(l => l.WriteOffId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(w => w.Lines).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
