using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Warehouse.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class PeriodsLabelsAgentsOffline : Migration
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

            migrationBuilder.CreateTable(
                name: "ClosedPeriods",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    From = table.Column<DateOnly>(type: "date", nullable: false),
                    To = table.Column<DateOnly>(type: "date", nullable: false),
                    StartsAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    EndsAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    ClosedBy = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    ClosedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Snapshot = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    Digest = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    Rows = table.Column<long>(type: "bigint", nullable: false),
                    SignedOffBy = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    SignedOffAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    SignOffComment = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    Version = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ClosedPeriods", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "RefusedPostings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    DepotId = table.Column<int>(type: "int", nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    ClientScope = table.Column<string>(type: "nvarchar(80)", maxLength: 80, nullable: false),
                    ClientId = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    UserName = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    ErrorCode = table.Column<string>(type: "nvarchar(60)", maxLength: 60, nullable: false),
                    Detail = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    Payload = table.Column<string>(type: "nvarchar(max)", maxLength: 64000, nullable: false),
                    QueuedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    RefusedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    ResolvedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    ResolvedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    ResolutionNote = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    Version = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RefusedPostings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RefusedPostings_Depots_DepotId",
                        column: x => x.DepotId,
                        principalTable: "Depots",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "StationAgents",
                columns: table => new
                {
                    StationId = table.Column<int>(type: "int", nullable: false),
                    LastSeenAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    HasScanner = table.Column<bool>(type: "bit", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StationAgents", x => x.StationId);
                    table.ForeignKey(
                        name: "FK_StationAgents_Stations_StationId",
                        column: x => x.StationId,
                        principalTable: "Stations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ClosedPeriodDocuments",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    ClosedPeriodId = table.Column<int>(type: "int", nullable: false),
                    DocumentId = table.Column<int>(type: "int", nullable: false),
                    Number = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: false),
                    Rows = table.Column<int>(type: "int", nullable: false),
                    Digest = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ClosedPeriodDocuments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ClosedPeriodDocuments_ClosedPeriods_ClosedPeriodId",
                        column: x => x.ClosedPeriodId,
                        principalTable: "ClosedPeriods",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AgentPrinters",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    StationId = table.Column<int>(type: "int", nullable: false),
                    Name = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Position = table.Column<int>(type: "int", nullable: false),
                    Status = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: false),
                    ReportedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    PrinterId = table.Column<int>(type: "int", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AgentPrinters", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AgentPrinters_Printers_PrinterId",
                        column: x => x.PrinterId,
                        principalTable: "Printers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_AgentPrinters_StationAgents_StationId",
                        column: x => x.StationId,
                        principalTable: "StationAgents",
                        principalColumn: "StationId",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AgentPrinters_PrinterId",
                table: "AgentPrinters",
                column: "PrinterId");

            migrationBuilder.CreateIndex(
                name: "IX_AgentPrinters_StationId_Name",
                table: "AgentPrinters",
                columns: new[] { "StationId", "Name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ClosedPeriodDocuments_ClosedPeriodId_DocumentId",
                table: "ClosedPeriodDocuments",
                columns: new[] { "ClosedPeriodId", "DocumentId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ClosedPeriods_StartsAt_EndsAt",
                table: "ClosedPeriods",
                columns: new[] { "StartsAt", "EndsAt" });

            migrationBuilder.CreateIndex(
                name: "IX_RefusedPostings_ClientScope_ClientId",
                table: "RefusedPostings",
                columns: new[] { "ClientScope", "ClientId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RefusedPostings_DepotId_ResolvedAt",
                table: "RefusedPostings",
                columns: new[] { "DepotId", "ResolvedAt" });

            // Printers saved before label printers existed are receipt printers; the new column starts empty.
            Warehouse.Data.Migrations.Sql.LabelPrinterSql.Up(migrationBuilder);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AgentPrinters");

            migrationBuilder.DropTable(
                name: "ClosedPeriodDocuments");

            migrationBuilder.DropTable(
                name: "RefusedPostings");

            migrationBuilder.DropTable(
                name: "StationAgents");

            migrationBuilder.DropTable(
                name: "ClosedPeriods");

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
