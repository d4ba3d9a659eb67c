using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Warehouse.Data.Migrations.Sqlite
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    End = table.Column<DateTime>(type: "TEXT", nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_QuotaCoverageRecords", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "QuotaCoverageRecordLines",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RecordId = table.Column<int>(type: "INTEGER", nullable: false),
                    DepotId = table.Column<int>(type: "INTEGER", nullable: false),
                    Lines = table.Column<int>(type: "INTEGER", nullable: false),
                    AtMinimum = table.Column<int>(type: "INTEGER", nullable: false),
                    AtTarget = table.Column<int>(type: "INTEGER", nullable: false),
                    TargetQuantity = table.Column<long>(type: "INTEGER", nullable: false),
                    CoveredQuantity = table.Column<long>(type: "INTEGER", nullable: false)
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
