using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Warehouse.Data.Identity;

namespace Warehouse.Data.Configurations;

internal sealed class UserDepotConfiguration : IEntityTypeConfiguration<UserDepot>
{
    public void Configure(EntityTypeBuilder<UserDepot> builder)
    {
        builder.HasKey(d => new { d.UserId, d.DepotId });
        builder.HasOne(d => d.Depot).WithMany().HasForeignKey(d => d.DepotId).OnDelete(DeleteBehavior.Cascade);
    }
}
