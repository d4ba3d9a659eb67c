using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Warehouse.Domain.Exporting;

namespace Warehouse.Data.Configurations;

internal sealed class ExportWorkbookConfiguration : IEntityTypeConfiguration<ExportWorkbook>
{
    public void Configure(EntityTypeBuilder<ExportWorkbook> builder)
    {
        builder.HasKey(w => w.ExportJobId);
        // Deleting an expired job deletes its workbook with it, in the database, whichever instance sweeps.
        builder.HasOne<ExportJob>().WithOne().HasForeignKey<ExportWorkbook>(w => w.ExportJobId).OnDelete(DeleteBehavior.Cascade);
    }
}
