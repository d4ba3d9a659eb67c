using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Warehouse.Domain.Auditing;

namespace Warehouse.Data.Configurations;

internal sealed class ChainHeadConfiguration : IEntityTypeConfiguration<ChainHead>
{
    public void Configure(EntityTypeBuilder<ChainHead> builder)
    {
        builder.HasKey(h => h.Name);
        builder.Property(h => h.Name).HasMaxLength(20);
        builder.Property(h => h.Hash).HasMaxLength(64);
        builder.HasData(new ChainHead(HashChain.Audit, 0, HashChain.Genesis), new ChainHead(HashChain.Ledger, 0, HashChain.Genesis));
    }
}
