using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Warehouse.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class Allocation : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AllocationRequests",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Number = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: false),
                    Incident = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    Level = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: false),
                    NeededBy = table.Column<DateTime>(type: "datetime2", nullable: false),
                    DestinationKind = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: false),
                    DestinationDepotId = table.Column<int>(type: "int", nullable: true),
                    DestinationName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    DestinationLatitude = table.Column<double>(type: "float", nullable: true),
                    DestinationLongitude = table.Column<double>(type: "float", nullable: true),
                    ContactName = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: false),
                    ContactPhone = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: false),
                    DepartmentId = table.Column<int>(type: "int", nullable: true),
                    RequestedBy = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    State = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: false),
                    Ratification = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: false),
                    Note = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    Reason = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    Version = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AllocationRequests", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AllocationRequests_Departments_DepartmentId",
                        column: x => x.DepartmentId,
                        principalTable: "Departments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_AllocationRequests_Depots_DestinationDepotId",
                        column: x => x.DestinationDepotId,
                        principalTable: "Depots",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "AllocationLine",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    RequestId = table.Column<int>(type: "int", nullable: false),
                    ItemId = table.Column<int>(type: "int", nullable: false),
                    Requested = table.Column<int>(type: "int", nullable: false),
                    Approved = table.Column<int>(type: "int", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AllocationLine", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AllocationLine_AllocationRequests_RequestId",
                        column: x => x.RequestId,
                        principalTable: "AllocationRequests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_AllocationLine_Items_ItemId",
                        column: x => x.ItemId,
                        principalTable: "Items",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Dispatches",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    RequestId = table.Column<int>(type: "int", nullable: false),
                    Number = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: false),
                    SourceDepotId = table.Column<int>(type: "int", nullable: false),
                    State = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: false),
                    Vehicle = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: true),
                    Driver = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: true),
                    DriverPhone = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: true),
                    PickingStartedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    DispatchedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    DispatchedBy = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    DeliveryCodeHash = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true),
                    ShortCodeHash = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true),
                    DeliveredAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    DeliveredBy = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    DeliveryNote = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Dispatches", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Dispatches_AllocationRequests_RequestId",
                        column: x => x.RequestId,
                        principalTable: "AllocationRequests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Dispatches_Depots_SourceDepotId",
                        column: x => x.SourceDepotId,
                        principalTable: "Depots",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "RequestTransitions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    RequestId = table.Column<int>(type: "int", nullable: false),
                    From = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: false),
                    To = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: false),
                    Trigger = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: false),
                    By = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    At = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Note = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RequestTransitions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RequestTransitions_AllocationRequests_RequestId",
                        column: x => x.RequestId,
                        principalTable: "AllocationRequests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "DispatchLine",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    DispatchId = table.Column<int>(type: "int", nullable: false),
                    ItemId = table.Column<int>(type: "int", nullable: false),
                    Quantity = table.Column<int>(type: "int", nullable: false),
                    Received = table.Column<int>(type: "int", nullable: true),
                    Short = table.Column<int>(type: "int", nullable: true),
                    Damaged = table.Column<int>(type: "int", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DispatchLine", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DispatchLine_Dispatches_DispatchId",
                        column: x => x.DispatchId,
                        principalTable: "Dispatches",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_DispatchLine_Items_ItemId",
                        column: x => x.ItemId,
                        principalTable: "Items",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "DispatchPicks",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    DispatchId = table.Column<int>(type: "int", nullable: false),
                    ItemId = table.Column<int>(type: "int", nullable: false),
                    Quantity = table.Column<int>(type: "int", nullable: false),
                    BalanceId = table.Column<int>(type: "int", nullable: false),
                    BatchId = table.Column<int>(type: "int", nullable: true),
                    EquipmentUnitId = table.Column<int>(type: "int", nullable: true),
                    LocationId = table.Column<int>(type: "int", nullable: true),
                    ClientId = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    PickedBy = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    PickedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    FefoOverride = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DispatchPicks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DispatchPicks_Dispatches_DispatchId",
                        column: x => x.DispatchId,
                        principalTable: "Dispatches",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_DispatchPicks_Items_ItemId",
                        column: x => x.ItemId,
                        principalTable: "Items",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_DispatchPicks_StockBalances_BalanceId",
                        column: x => x.BalanceId,
                        principalTable: "StockBalances",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "DispatchReturn",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    DispatchId = table.Column<int>(type: "int", nullable: false),
                    ItemId = table.Column<int>(type: "int", nullable: false),
                    EquipmentUnitId = table.Column<int>(type: "int", nullable: true),
                    Quantity = table.Column<int>(type: "int", nullable: false),
                    Condition = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: false),
                    ReturnedBy = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    ReturnedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Note = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DispatchReturn", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DispatchReturn_Dispatches_DispatchId",
                        column: x => x.DispatchId,
                        principalTable: "Dispatches",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Reservation",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    DispatchId = table.Column<int>(type: "int", nullable: false),
                    BalanceId = table.Column<int>(type: "int", nullable: false),
                    ItemId = table.Column<int>(type: "int", nullable: false),
                    Quantity = table.Column<int>(type: "int", nullable: false),
                    Released = table.Column<bool>(type: "bit", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Reservation", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Reservation_Dispatches_DispatchId",
                        column: x => x.DispatchId,
                        principalTable: "Dispatches",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Reservation_StockBalances_BalanceId",
                        column: x => x.BalanceId,
                        principalTable: "StockBalances",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AllocationLine_ItemId",
                table: "AllocationLine",
                column: "ItemId");

            migrationBuilder.CreateIndex(
                name: "IX_AllocationLine_RequestId_ItemId",
                table: "AllocationLine",
                columns: new[] { "RequestId", "ItemId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AllocationRequests_DepartmentId",
                table: "AllocationRequests",
                column: "DepartmentId");

            migrationBuilder.CreateIndex(
                name: "IX_AllocationRequests_DestinationDepotId",
                table: "AllocationRequests",
                column: "DestinationDepotId");

            migrationBuilder.CreateIndex(
                name: "IX_AllocationRequests_Number",
                table: "AllocationRequests",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AllocationRequests_State_NeededBy",
                table: "AllocationRequests",
                columns: new[] { "State", "NeededBy" });

            migrationBuilder.CreateIndex(
                name: "IX_Dispatches_Number",
                table: "Dispatches",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Dispatches_RequestId",
                table: "Dispatches",
                column: "RequestId");

            migrationBuilder.CreateIndex(
                name: "IX_Dispatches_ShortCodeHash",
                table: "Dispatches",
                column: "ShortCodeHash",
                unique: true,
                filter: "[ShortCodeHash] IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Dispatches_SourceDepotId_State",
                table: "Dispatches",
                columns: new[] { "SourceDepotId", "State" });

            migrationBuilder.CreateIndex(
                name: "IX_DispatchLine_DispatchId_ItemId",
                table: "DispatchLine",
                columns: new[] { "DispatchId", "ItemId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_DispatchLine_ItemId",
                table: "DispatchLine",
                column: "ItemId");

            migrationBuilder.CreateIndex(
                name: "IX_DispatchPicks_BalanceId",
                table: "DispatchPicks",
                column: "BalanceId");

            migrationBuilder.CreateIndex(
                name: "IX_DispatchPicks_ClientId",
                table: "DispatchPicks",
                column: "ClientId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_DispatchPicks_DispatchId",
                table: "DispatchPicks",
                column: "DispatchId");

            migrationBuilder.CreateIndex(
                name: "IX_DispatchPicks_ItemId",
                table: "DispatchPicks",
                column: "ItemId");

            migrationBuilder.CreateIndex(
                name: "IX_DispatchReturn_DispatchId",
                table: "DispatchReturn",
                column: "DispatchId");

            migrationBuilder.CreateIndex(
                name: "IX_RequestTransitions_RequestId_At",
                table: "RequestTransitions",
                columns: new[] { "RequestId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_RequestTransitions_To_At",
                table: "RequestTransitions",
                columns: new[] { "To", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_Reservation_BalanceId_Released",
                table: "Reservation",
                columns: new[] { "BalanceId", "Released" });

            migrationBuilder.CreateIndex(
                name: "IX_Reservation_DispatchId",
                table: "Reservation",
                column: "DispatchId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AllocationLine");

            migrationBuilder.DropTable(
                name: "DispatchLine");

            migrationBuilder.DropTable(
                name: "DispatchPicks");

            migrationBuilder.DropTable(
                name: "DispatchReturn");

            migrationBuilder.DropTable(
                name: "RequestTransitions");

            migrationBuilder.DropTable(
                name: "Reservation");

            migrationBuilder.DropTable(
                name: "Dispatches");

            migrationBuilder.DropTable(
                name: "AllocationRequests");
        }
    }
}
