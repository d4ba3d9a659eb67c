using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Warehouse.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class QuotaCoverageRecords : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "QuotaCoverageRecords",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    End = table.Column<DateTime>(type: "datetime2", nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_QuotaCoverageRecords", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "QuotaCoverageRecordLines",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    RecordId = table.Column<int>(type: "int", nullable: false),
                    DepotId = table.Column<int>(type: "int", nullable: false),
                    Lines = table.Column<int>(type: "int", nullable: false),
                    AtMinimum = table.Column<int>(type: "int", nullable: false),
                    AtTarget = table.Column<int>(type: "int", nullable: false),
                    TargetQuantity = table.Column<long>(type: "bigint", nullable: false),
                    CoveredQuantity = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_QuotaCoverageRecordLines", x => x.Id);
                    table.ForeignKey(
                        name: "FK_QuotaCoverageRecordLines_Depots_DepotId",
                        column: x => x.DepotId,
                        principalTable: "Depots",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_QuotaCoverageRecordLines_QuotaCoverageRecords_RecordId",
                        column: x => x.RecordId,
                        principalTable: "QuotaCoverageRecords",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_QuotaCoverageRecordLines_DepotId",
                table: "QuotaCoverageRecordLines",
                column: "DepotId");

            migrationBuilder.CreateIndex(
                name: "IX_QuotaCoverageRecordLines_RecordId_DepotId",
                table: "QuotaCoverageRecordLines",
                columns: new[] { "RecordId", "DepotId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_QuotaCoverageRecords_End",
                table: "QuotaCoverageRecords",
                column: "End",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "QuotaCoverageRecordLines");

            migrationBuilder.DropTable(
                name: "QuotaCoverageRecords");
        }
    }
}
