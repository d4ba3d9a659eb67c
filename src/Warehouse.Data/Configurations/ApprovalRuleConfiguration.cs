using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Warehouse.Domain.Approvals;
using Warehouse.Domain.Catalog;

namespace Warehouse.Data.Configurations;

internal sealed class ApprovalRuleConfiguration : IEntityTypeConfiguration<ApprovalRule>
{
    public void Configure(EntityTypeBuilder<ApprovalRule> builder)
    {
        builder.Property(r => r.Name).HasMaxLength(100);
        builder.Property(r => r.StepList).HasMaxLength(200);
        builder.Property(r => r.CreatedBy).HasMaxLength(100);
        builder.Property(r => r.MinimumValue).HasPrecision(18, 2);
        builder.HasIndex(r => new { r.RuleNumber, r.Version }).IsUnique();
        builder.HasIndex(r => r.Active);
        builder.HasOne<Department>().WithMany().HasForeignKey(r => r.DepartmentId).OnDelete(DeleteBehavior.Restrict);
        builder.Ignore(r => r.Steps);
        builder.Ignore(r => r.Conditions);
        builder.Ignore(r => r.Levels);
    }
}
