using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Warehouse.Domain.Departments;

namespace Warehouse.Data.Configurations;

internal sealed class DepartmentApiKeyConfiguration : IEntityTypeConfiguration<DepartmentApiKey>
{
    public void Configure(EntityTypeBuilder<DepartmentApiKey> builder)
    {
        builder.Property(k => k.Name).HasMaxLength(DepartmentApiKey.MaxNameLength);
        builder.HasIndex(k => new { k.DepartmentId, k.Name }).IsUnique();
        builder.Property(k => k.KeyHash).HasMaxLength(64);
        builder.HasIndex(k => k.KeyHash).IsUnique();
        builder.Property(k => k.KeyPrefix).HasMaxLength(8);
        builder.HasOne(k => k.Department).WithMany().HasForeignKey(k => k.DepartmentId).OnDelete(DeleteBehavior.Restrict);
    }
}
