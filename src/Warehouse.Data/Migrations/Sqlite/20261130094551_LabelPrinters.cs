using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Warehouse.Data.Migrations.Sqlite
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
                type: "TEXT",
                maxLength: 30,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<int>(
                name: "LabelDpi",
                table: "Printers",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "LabelFont",
                table: "Printers",
                type: "TEXT",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "LabelHeightMm",
                table: "Printers",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "LabelWidthMm",
                table: "Printers",
                type: "INTEGER",
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
