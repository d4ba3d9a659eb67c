using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Warehouse.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class LabelPrinters : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Kind",
                table: "Printers",
                type: "nvarchar(30)",
                maxLength: 30,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<int>(
                name: "LabelDpi",
                table: "Printers",
                type: "int",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "LabelFont",
                table: "Printers",
                type: "nvarchar(40)",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "LabelHeightMm",
                table: "Printers",
                type: "int",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "LabelWidthMm",
                table: "Printers",
                type: "int",
                nullable: true);

            Warehouse.Data.Migrations.Sql.LabelPrinterSql.Up(migrationBuilder);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Kind",
                table: "Printers");

            migrationBuilder.DropColumn(
                name: "LabelDpi",
                table: "Printers");

            migrationBuilder.DropColumn(
                name: "LabelFont",
                table: "Printers");

            migrationBuilder.DropColumn(
                name: "LabelHeightMm",
                table: "Printers");

            migrationBuilder.DropColumn(
                name: "LabelWidthMm",
                table: "Printers");
        }
    }
}
