using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Warehouse.Domain.Printing;
using Warehouse.Domain.Stations;

namespace Warehouse.Data.Configurations;

internal sealed class AgentPrinterConfiguration : IEntityTypeConfiguration<AgentPrinter>
{
    public void Configure(EntityTypeBuilder<AgentPrinter> builder)
    {
        builder.Property(p => p.Name).HasMaxLength(AgentAddress.MaxNameLength);
        builder.HasIndex(p => new { p.StationId, p.Name }).IsUnique();
        builder.HasOne<Printer>().WithMany().HasForeignKey(p => p.PrinterId).OnDelete(DeleteBehavior.SetNull);
    }
}
