using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Warehouse.Data.Identity;

namespace Warehouse.Data.Configurations;

internal sealed class UserConfiguration : IEntityTypeConfiguration<WarehouseUser>
{
    public void Configure(EntityTypeBuilder<WarehouseUser> builder)
    {
        builder.Property(u => u.DisplayName).HasMaxLength(100);
        builder.HasOne(u => u.Department).WithMany().HasForeignKey(u => u.DepartmentId).OnDelete(DeleteBehavior.SetNull);
        builder.HasMany(u => u.Depots).WithOne().HasForeignKey(d => d.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
