using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Warehouse.Data.Migrations.Postgres
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
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Month = table.Column<DateOnly>(type: "date", nullable: false),
                    DepotId = table.Column<int>(type: "integer", nullable: false),
                    Class = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Mode = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Reason = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Inbound = table.Column<bool>(type: "boolean", nullable: false),
                    Quantity = table.Column<long>(type: "bigint", nullable: false),
                    Value = table.Column<decimal>(type: "numeric(22,2)", precision: 22, scale: 2, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LedgerMonthTotals", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "LedgerTotalsItems",
                columns: table => new
                {
                    ItemId = table.Column<int>(type: "integer", nullable: false),
                    Class = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    UnitPrice = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LedgerTotalsItems", x => x.ItemId);
                });

            migrationBuilder.CreateTable(
                name: "LedgerTotalsMarks",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false),
                    Sequence = table.Column<long>(type: "bigint", nullable: false),
                    Zone = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
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
