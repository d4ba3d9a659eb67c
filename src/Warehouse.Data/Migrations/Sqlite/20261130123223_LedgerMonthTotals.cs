using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Warehouse.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class LedgerMonthTotals : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "LedgerMonthTotals",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Month = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DepotId = table.Column<int>(type: "INTEGER", nullable: false),
                    Class = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Mode = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Inbound = table.Column<bool>(type: "INTEGER", nullable: false),
                    Quantity = table.Column<long>(type: "INTEGER", nullable: false),
                    Value = table.Column<decimal>(type: "TEXT", precision: 22, scale: 2, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LedgerMonthTotals", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "LedgerTotalsItems",
                columns: table => new
                {
                    ItemId = table.Column<int>(type: "INTEGER", nullable: false),
                    Class = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    UnitPrice = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LedgerTotalsItems", x => x.ItemId);
                });

            migrationBuilder.CreateTable(
                name: "LedgerTotalsMarks",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false),
                    Sequence = table.Column<long>(type: "INTEGER", nullable: false),
                    Zone = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LedgerTotalsMarks", x => x.Id);
                });

            migrationBuilder.InsertData(
                table: "LedgerTotalsMarks",
                columns: new[] { "Id", "Sequence", "Zone" },
                values: new object[] { 1, 0L, "" });

            migrationBuilder.CreateIndex(
                name: "IX_LedgerMonthTotals_Month_DepotId_Class_Mode_Reason_Inbound",
                table: "LedgerMonthTotals",
                columns: new[] { "Month", "DepotId", "Class", "Mode", "Reason", "Inbound" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "LedgerMonthTotals");

            migrationBuilder.DropTable(
                name: "LedgerTotalsItems");

            migrationBuilder.DropTable(
                name: "LedgerTotalsMarks");
        }
    }
}
