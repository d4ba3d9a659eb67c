using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Warehouse.Domain.Allocation;

namespace Warehouse.Data.Configurations;

internal sealed class HandOverSignatureConfiguration : IEntityTypeConfiguration<HandOverSignature>
{
    public void Configure(EntityTypeBuilder<HandOverSignature> builder)
    {
        builder.Property(s => s.Role).HasConversion<string>().HasMaxLength(20);
        builder.Property(s => s.Signer).HasMaxLength(HandOverSignature.MaxSignerLength);
        builder.Property(s => s.Png).HasMaxLength(SignatureImage.MaxBytes);
        builder.Property(s => s.RecordedBy).HasMaxLength(256);
        builder.Ignore(s => s.Position);
        // One signature per role and dispatch: a second one, even from a race, is refused by the database too.
        builder.HasIndex(s => new { s.DispatchId, s.Role }).IsUnique();
        builder.HasOne<Dispatch>().WithMany().HasForeignKey(s => s.DispatchId).OnDelete(DeleteBehavior.Cascade);
    }
}
