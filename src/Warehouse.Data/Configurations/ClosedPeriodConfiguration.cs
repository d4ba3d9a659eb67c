using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Warehouse.Domain.Closing;

namespace Warehouse.Data.Configurations;

internal sealed class ClosedPeriodConfiguration : IEntityTypeConfiguration<ClosedPeriod>
{
    public void Configure(EntityTypeBuilder<ClosedPeriod> builder)
    {
        builder.ToTable("ClosedPeriods");
        builder.Property(p => p.ClosedBy).HasMaxLength(100);
        builder.Property(p => p.SignedOffBy).HasMaxLength(100);
        builder.Property(p => p.SignOffComment).HasMaxLength(ClosedPeriod.MaxCommentLength);
        builder.Property(p => p.Digest).HasMaxLength(64);
        builder.Property(p => p.Version).IsConcurrencyToken();
        // Every posting asks whether its moment falls into a closed period.
        builder.HasIndex(p => new { p.StartsAt, p.EndsAt });
        builder.HasMany(p => p.Documents).WithOne().HasForeignKey(d => d.ClosedPeriodId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(p => p.Documents).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Ignore(p => p.IsSignedOff);
        builder.Ignore(p => p.Label);
    }
}

internal sealed class ClosedPeriodDocumentConfiguration : IEntityTypeConfiguration<ClosedPeriodDocument>
{
    public void Configure(EntityTypeBuilder<ClosedPeriodDocument> builder)
    {
        builder.ToTable("ClosedPeriodDocuments");
        builder.Property(d => d.Number).HasMaxLength(30);
        builder.Property(d => d.Digest).HasMaxLength(64);
        builder.HasIndex(d => new { d.ClosedPeriodId, d.DocumentId }).IsUnique();
        // No key to the document itself: a document removed behind the application's back must still be named.
    }
}
