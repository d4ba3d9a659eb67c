using Microsoft.EntityFrameworkCore.Migrations;

namespace Warehouse.Data.Migrations.Sql;

/// Every printer saved before label printers existed is a receipt printer: the new kind column starts empty.
public static class LabelPrinterSql
{
    public static void Up(MigrationBuilder migrationBuilder) =>
        migrationBuilder.Sql("UPDATE Printers SET Kind = 'Receipt' WHERE Kind = '';");
}
