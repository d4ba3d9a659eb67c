using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Warehouse.Domain.Approvals;

namespace Warehouse.Data.Configurations;

internal sealed class DelegationConfiguration : IEntityTypeConfiguration<Delegation>
{
    public void Configure(EntityTypeBuilder<Delegation> builder)
    {
        builder.Property(d => d.PrincipalUserName).HasMaxLength(100);
        builder.Property(d => d.DeputyUserName).HasMaxLength(100);
        builder.HasIndex(d => new { d.DeputyUserName, d.Until });
        builder.HasIndex(d => new { d.PrincipalUserName, d.Until });
    }
}
