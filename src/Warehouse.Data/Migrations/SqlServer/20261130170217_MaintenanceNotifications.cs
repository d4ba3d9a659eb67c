using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Warehouse.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class MaintenanceNotifications : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ReadinessOverride",
                table: "DispatchPicks",
                type: "nvarchar(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "MaintenancePlans",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    ItemId = table.Column<int>(type: "int", nullable: true),
                    Class = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: true),
                    Kind = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: false),
                    IntervalDays = table.Column<int>(type: "int", nullable: false),
                    RecordsHours = table.Column<bool>(type: "bit", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MaintenancePlans", x => x.Id);
                    table.CheckConstraint("CK_MaintenancePlans_Interval", "\"IntervalDays\" > 0");
                    table.CheckConstraint("CK_MaintenancePlans_Scope", "(\"ItemId\" IS NULL AND \"Class\" IS NOT NULL) OR (\"ItemId\" IS NOT NULL AND \"Class\" IS NULL)");
                    table.ForeignKey(
                        name: "FK_MaintenancePlans_Items_ItemId",
                        column: x => x.ItemId,
                        principalTable: "Items",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Notifications",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    UserName = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: false),
                    RequestId = table.Column<int>(type: "int", nullable: false),
                    RequestNumber = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Key = table.Column<string>(type: "nvarchar(120)", maxLength: 120, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    ReadAt = table.Column<DateTime>(type: "datetime2", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Notifications", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "MaintenanceChecks",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    EquipmentUnitId = table.Column<int>(type: "int", nullable: false),
                    PlanId = table.Column<int>(type: "int", nullable: false),
                    Passed = table.Column<bool>(type: "bit", nullable: false),
                    HoursRun = table.Column<decimal>(type: "decimal(9,1)", precision: 9, scale: 1, nullable: true),
                    Notes = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    UserName = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    At = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Day = table.Column<DateOnly>(type: "date", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MaintenanceChecks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MaintenanceChecks_EquipmentUnits_EquipmentUnitId",
                        column: x => x.EquipmentUnitId,
                        principalTable: "EquipmentUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_MaintenanceChecks_MaintenancePlans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "MaintenancePlans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "RepairJobs",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Version = table.Column<int>(type: "int", nullable: false),
                    EquipmentUnitId = table.Column<int>(type: "int", nullable: false),
                    OpenUnitId = table.Column<int>(type: "int", nullable: true),
                    DepotId = table.Column<int>(type: "int", nullable: false),
                    Cause = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: false),
                    Fault = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    CheckId = table.Column<int>(type: "int", nullable: true),
                    OpenedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    OpenedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    WorkDone = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    PartsNoteNumber = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: true),
                    ClosedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    ClosedAt = table.Column<DateTime>(type: "datetime2", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RepairJobs", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RepairJobs_Depots_DepotId",
                        column: x => x.DepotId,
                        principalTable: "Depots",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_RepairJobs_EquipmentUnits_EquipmentUnitId",
                        column: x => x.EquipmentUnitId,
                        principalTable: "EquipmentUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_RepairJobs_MaintenanceChecks_CheckId",
                        column: x => x.CheckId,
                        principalTable: "MaintenanceChecks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_MaintenanceChecks_EquipmentUnitId_PlanId_Day",
                table: "MaintenanceChecks",
                columns: new[] { "EquipmentUnitId", "PlanId", "Day" });

            migrationBuilder.CreateIndex(
                name: "IX_MaintenanceChecks_PlanId",
                table: "MaintenanceChecks",
                column: "PlanId");

            migrationBuilder.CreateIndex(
                name: "IX_MaintenancePlans_ItemId_Class_Kind",
                table: "MaintenancePlans",
                columns: new[] { "ItemId", "Class", "Kind" });

            migrationBuilder.CreateIndex(
                name: "IX_Notifications_UserName_Key",
                table: "Notifications",
                columns: new[] { "UserName", "Key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Notifications_UserName_ReadAt_CreatedAt",
                table: "Notifications",
                columns: new[] { "UserName", "ReadAt", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_RepairJobs_CheckId",
                table: "RepairJobs",
                column: "CheckId");

            migrationBuilder.CreateIndex(
                name: "IX_RepairJobs_DepotId",
                table: "RepairJobs",
                column: "DepotId");

            migrationBuilder.CreateIndex(
                name: "IX_RepairJobs_EquipmentUnitId",
                table: "RepairJobs",
                column: "EquipmentUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_RepairJobs_OpenUnitId",
                table: "RepairJobs",
                column: "OpenUnitId",
                unique: true,
                filter: "[OpenUnitId] IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Notifications");

            migrationBuilder.DropTable(
                name: "RepairJobs");

            migrationBuilder.DropTable(
                name: "MaintenanceChecks");

            migrationBuilder.DropTable(
                name: "MaintenancePlans");

            migrationBuilder.DropColumn(
                name: "ReadinessOverride",
                table: "DispatchPicks");
        }
    }
}
