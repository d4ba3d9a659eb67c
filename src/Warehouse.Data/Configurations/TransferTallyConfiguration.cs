using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Warehouse.Domain.Allocation;

namespace Warehouse.Data.Configurations;

internal sealed class TransferTallyConfiguration : IEntityTypeConfiguration<TransferTally>
{
    public void Configure(EntityTypeBuilder<TransferTally> builder)
    {
        builder.Ignore(t => t.Key);
        // Two instances adding to one count at once: the second's update finds the count moved and its batch is written
        // again, rather than one addition lost.
        builder.Property(t => t.Count).IsConcurrencyToken();
        builder.Property(t => t.Source).HasMaxLength(100);
        builder.Property(t => t.Destination).HasMaxLength(200);
        // One count per grain; the report reads a period's days from the front of it.
        builder.HasIndex(t => new { t.Day, t.Leg, t.Step, t.Source, t.Destination, t.Minutes }).IsUnique();
        builder.ToTable(t =>
        {
            t.HasCheckConstraint("CK_TransferTallies_Count", "\"Count\" > 0");
            t.HasCheckConstraint("CK_TransferTallies_Minutes", "\"Minutes\" >= 0");
        });
    }
}
