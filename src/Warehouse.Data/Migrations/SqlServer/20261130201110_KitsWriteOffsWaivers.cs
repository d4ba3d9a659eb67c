using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Warehouse.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class KitsWriteOffsWaivers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "KitDefinitions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Code = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: false),
                    Name = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_KitDefinitions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ReadinessWaivers",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    DispatchId = table.Column<int>(type: "int", nullable: false),
                    EquipmentUnitId = table.Column<int>(type: "int", nullable: false),
                    Reason = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    GrantedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    GrantedAt = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReadinessWaivers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReadinessWaivers_Dispatches_DispatchId",
                        column: x => x.DispatchId,
                        principalTable: "Dispatches",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ReadinessWaivers_EquipmentUnits_EquipmentUnitId",
                        column: x => x.EquipmentUnitId,
                        principalTable: "EquipmentUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "WriteOffs",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Version = table.Column<int>(type: "int", nullable: false),
                    Number = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    DepotId = table.Column<int>(type: "int", nullable: false),
                    Cause = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Note = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    State = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    RequestedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    RequestedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    DecidedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    DecidedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    DecisionNote = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    DocumentNumber = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WriteOffs", x => x.Id);
                    table.ForeignKey(
                        name: "FK_WriteOffs_Depots_DepotId",
                        column: x => x.DepotId,
                        principalTable: "Depots",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "KitDefinitionLines",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    KitDefinitionId = table.Column<int>(type: "int", nullable: false),
                    ItemId = table.Column<int>(type: "int", nullable: false),
                    Quantity = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_KitDefinitionLines", x => x.Id);
                    table.ForeignKey(
                        name: "FK_KitDefinitionLines_Items_ItemId",
                        column: x => x.ItemId,
                        principalTable: "Items",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_KitDefinitionLines_KitDefinitions_KitDefinitionId",
                        column: x => x.KitDefinitionId,
                        principalTable: "KitDefinitions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Kits",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Number = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: false),
                    DefinitionId = table.Column<int>(type: "int", nullable: false),
                    DepotId = table.Column<int>(type: "int", nullable: false),
                    State = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: false),
                    PackedBy = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    PackedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    DispatchId = table.Column<int>(type: "int", nullable: true),
                    UnpackedBy = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    UnpackedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    Version = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Kits", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Kits_Depots_DepotId",
                        column: x => x.DepotId,
                        principalTable: "Depots",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Kits_Dispatches_DispatchId",
                        column: x => x.DispatchId,
                        principalTable: "Dispatches",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Kits_KitDefinitions_DefinitionId",
                        column: x => x.DefinitionId,
                        principalTable: "KitDefinitions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "WriteOffLines",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    WriteOffId = table.Column<int>(type: "int", nullable: false),
                    ItemId = table.Column<int>(type: "int", nullable: false),
                    Quantity = table.Column<int>(type: "int", nullable: false),
                    BatchId = table.Column<int>(type: "int", nullable: true),
                    EquipmentUnitId = table.Column<int>(type: "int", nullable: true),
                    LocationId = table.Column<int>(type: "int", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WriteOffLines", x => x.Id);
                    table.CheckConstraint("CK_WriteOffLines_Quantity", "\"Quantity\" > 0");
                    table.ForeignKey(
                        name: "FK_WriteOffLines_Batches_BatchId",
                        column: x => x.BatchId,
                        principalTable: "Batches",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_WriteOffLines_EquipmentUnits_EquipmentUnitId",
                        column: x => x.EquipmentUnitId,
                        principalTable: "EquipmentUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_WriteOffLines_Items_ItemId",
                        column: x => x.ItemId,
                        principalTable: "Items",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_WriteOffLines_Locations_LocationId",
                        column: x => x.LocationId,
                        principalTable: "Locations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_WriteOffLines_WriteOffs_WriteOffId",
                        column: x => x.WriteOffId,
                        principalTable: "WriteOffs",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "KitComponents",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    KitId = table.Column<int>(type: "int", nullable: false),
                    ItemId = table.Column<int>(type: "int", nullable: false),
                    BalanceId = table.Column<int>(type: "int", nullable: false),
                    BatchId = table.Column<int>(type: "int", nullable: true),
                    EquipmentUnitId = table.Column<int>(type: "int", nullable: true),
                    HeldUnitId = table.Column<int>(type: "int", nullable: true),
                    Quantity = table.Column<int>(type: "int", nullable: false),
                    Expiry = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_KitComponents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_KitComponents_Batches_BatchId",
                        column: x => x.BatchId,
                        principalTable: "Batches",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_KitComponents_EquipmentUnits_EquipmentUnitId",
                        column: x => x.EquipmentUnitId,
                        principalTable: "EquipmentUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_KitComponents_Items_ItemId",
                        column: x => x.ItemId,
                        principalTable: "Items",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_KitComponents_Kits_KitId",
                        column: x => x.KitId,
                        principalTable: "Kits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_KitComponents_StockBalances_BalanceId",
                        column: x => x.BalanceId,
                        principalTable: "StockBalances",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_KitComponents_BalanceId",
                table: "KitComponents",
                column: "BalanceId");

            migrationBuilder.CreateIndex(
                name: "IX_KitComponents_BatchId",
                table: "KitComponents",
                column: "BatchId");

            migrationBuilder.CreateIndex(
                name: "IX_KitComponents_EquipmentUnitId",
                table: "KitComponents",
                column: "EquipmentUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_KitComponents_HeldUnitId",
                table: "KitComponents",
                column: "HeldUnitId",
                unique: true,
                filter: "[HeldUnitId] IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_KitComponents_ItemId",
                table: "KitComponents",
                column: "ItemId");

            migrationBuilder.CreateIndex(
                name: "IX_KitComponents_KitId",
                table: "KitComponents",
                column: "KitId");

            migrationBuilder.CreateIndex(
                name: "IX_KitDefinitionLines_ItemId",
                table: "KitDefinitionLines",
                column: "ItemId");

            migrationBuilder.CreateIndex(
                name: "IX_KitDefinitionLines_KitDefinitionId_ItemId",
                table: "KitDefinitionLines",
                columns: new[] { "KitDefinitionId", "ItemId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_KitDefinitions_Code",
                table: "KitDefinitions",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Kits_DefinitionId",
                table: "Kits",
                column: "DefinitionId");

            migrationBuilder.CreateIndex(
                name: "IX_Kits_DepotId_State",
                table: "Kits",
                columns: new[] { "DepotId", "State" });

            migrationBuilder.CreateIndex(
                name: "IX_Kits_DispatchId",
                table: "Kits",
                column: "DispatchId");

            migrationBuilder.CreateIndex(
                name: "IX_Kits_Number",
                table: "Kits",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ReadinessWaivers_DispatchId_EquipmentUnitId",
                table: "ReadinessWaivers",
                columns: new[] { "DispatchId", "EquipmentUnitId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ReadinessWaivers_EquipmentUnitId",
                table: "ReadinessWaivers",
                column: "EquipmentUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_WriteOffLines_BatchId",
                table: "WriteOffLines",
                column: "BatchId");

            migrationBuilder.CreateIndex(
                name: "IX_WriteOffLines_EquipmentUnitId",
                table: "WriteOffLines",
                column: "EquipmentUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_WriteOffLines_ItemId",
                table: "WriteOffLines",
                column: "ItemId");

            migrationBuilder.CreateIndex(
                name: "IX_WriteOffLines_LocationId",
                table: "WriteOffLines",
                column: "LocationId");

            migrationBuilder.CreateIndex(
                name: "IX_WriteOffLines_WriteOffId",
                table: "WriteOffLines",
                column: "WriteOffId");

            migrationBuilder.CreateIndex(
                name: "IX_WriteOffs_DepotId",
                table: "WriteOffs",
                column: "DepotId");

            migrationBuilder.CreateIndex(
                name: "IX_WriteOffs_Number",
                table: "WriteOffs",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_WriteOffs_State_DepotId",
                table: "WriteOffs",
                columns: new[] { "State", "DepotId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "KitComponents");

            migrationBuilder.DropTable(
                name: "KitDefinitionLines");

            migrationBuilder.DropTable(
                name: "ReadinessWaivers");

            migrationBuilder.DropTable(
                name: "WriteOffLines");

            migrationBuilder.DropTable(
                name: "Kits");

            migrationBuilder.DropTable(
                name: "WriteOffs");

            migrationBuilder.DropTable(
                name: "KitDefinitions");
        }
    }
}
