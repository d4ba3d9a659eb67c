using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Warehouse.Domain.Allocation;

namespace Warehouse.Data.Configurations;

internal sealed class ApprovalStepConfiguration : IEntityTypeConfiguration<ApprovalStep>
{
    public void Configure(EntityTypeBuilder<ApprovalStep> builder)
    {
        builder.Property(s => s.DecidedBy).HasMaxLength(100);
        builder.Property(s => s.OnBehalfOf).HasMaxLength(100);
        builder.Property(s => s.Comment).HasMaxLength(500);
        builder.HasIndex(s => new { s.RequestId, s.Number }).IsUnique();
        builder.HasIndex(s => new { s.Decision, s.Level });
    }
}
