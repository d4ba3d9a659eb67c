using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Warehouse.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class Counts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "StockCounts",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Number = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: false),
                    DepotId = table.Column<int>(type: "int", nullable: false),
                    Scope = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: false),
                    FromBin = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: true),
                    ToBin = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: true),
                    Class = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: true),
                    CycleSize = table.Column<int>(type: "int", nullable: true),
                    Counters = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    State = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: false),
                    PlannedBy = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    PlannedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    SubmittedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    DecidedBy = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    DecidedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    Version = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StockCounts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_StockCounts_Depots_DepotId",
                        column: x => x.DepotId,
                        principalTable: "Depots",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CountEntries",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    CountId = table.Column<int>(type: "int", nullable: false),
                    LocationId = table.Column<int>(type: "int", nullable: false),
                    ItemId = table.Column<int>(type: "int", nullable: false),
                    BatchId = table.Column<int>(type: "int", nullable: true),
                    EquipmentUnitId = table.Column<int>(type: "int", nullable: true),
                    Quantity = table.Column<int>(type: "int", nullable: false),
                    Round = table.Column<int>(type: "int", nullable: false),
                    UserName = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    ClientScope = table.Column<string>(type: "nvarchar(80)", maxLength: 80, nullable: false),
                    ClientId = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    At = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CountEntries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CountEntries_StockCounts_CountId",
                        column: x => x.CountId,
                        principalTable: "StockCounts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CountLines",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    CountId = table.Column<int>(type: "int", nullable: false),
                    LocationId = table.Column<int>(type: "int", nullable: false),
                    ItemId = table.Column<int>(type: "int", nullable: false),
                    BatchId = table.Column<int>(type: "int", nullable: true),
                    EquipmentUnitId = table.Column<int>(type: "int", nullable: true),
                    Expected = table.Column<int>(type: "int", nullable: false),
                    Counted = table.Column<int>(type: "int", nullable: false),
                    UnitPrice = table.Column<decimal>(type: "decimal(18,2)", precision: 18, scale: 2, nullable: false),
                    Recounted = table.Column<bool>(type: "bit", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CountLines", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CountLines_StockCounts_CountId",
                        column: x => x.CountId,
                        principalTable: "StockCounts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CountLocations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    CountId = table.Column<int>(type: "int", nullable: false),
                    LocationId = table.Column<int>(type: "int", nullable: false),
                    LocationCode = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: false),
                    Marker = table.Column<long>(type: "bigint", nullable: true),
                    CountedBy = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    CountedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    NeedsRecount = table.Column<bool>(type: "bit", nullable: false),
                    RecountMarker = table.Column<long>(type: "bigint", nullable: true),
                    RecountedBy = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    RecountedAt = table.Column<DateTime>(type: "datetime2", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CountLocations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CountLocations_Locations_LocationId",
                        column: x => x.LocationId,
                        principalTable: "Locations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CountLocations_StockCounts_CountId",
                        column: x => x.CountId,
                        principalTable: "StockCounts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CountEntries_CountId_ClientScope_ClientId",
                table: "CountEntries",
                columns: new[] { "CountId", "ClientScope", "ClientId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CountEntries_CountId_LocationId",
                table: "CountEntries",
                columns: new[] { "CountId", "LocationId" });

            migrationBuilder.CreateIndex(
                name: "IX_CountLines_CountId_LocationId",
                table: "CountLines",
                columns: new[] { "CountId", "LocationId" });

            migrationBuilder.CreateIndex(
                name: "IX_CountLocations_CountId_LocationId",
                table: "CountLocations",
                columns: new[] { "CountId", "LocationId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CountLocations_LocationId",
                table: "CountLocations",
                column: "LocationId");

            migrationBuilder.CreateIndex(
                name: "IX_StockCounts_DepotId_State",
                table: "StockCounts",
                columns: new[] { "DepotId", "State" });

            migrationBuilder.CreateIndex(
                name: "IX_StockCounts_Number",
                table: "StockCounts",
                column: "Number",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CountEntries");

            migrationBuilder.DropTable(
                name: "CountLines");

            migrationBuilder.DropTable(
                name: "CountLocations");

            migrationBuilder.DropTable(
                name: "StockCounts");
        }
    }
}
