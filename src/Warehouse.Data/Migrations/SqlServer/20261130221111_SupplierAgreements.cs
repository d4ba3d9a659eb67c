using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Warehouse.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class SupplierAgreements : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Suppliers",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Code = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: false),
                    Name = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    Contact = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: false),
                    Phone = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Suppliers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SupplyAgreements",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Number = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    SupplierId = table.Column<int>(type: "int", nullable: false),
                    ValidFrom = table.Column<DateOnly>(type: "date", nullable: false),
                    ValidTo = table.Column<DateOnly>(type: "date", nullable: false),
                    ResponseHours = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SupplyAgreements", x => x.Id);
                    table.CheckConstraint("CK_SupplyAgreements_Validity", "\"ValidTo\" >= \"ValidFrom\"");
                    table.ForeignKey(
                        name: "FK_SupplyAgreements_Suppliers_SupplierId",
                        column: x => x.SupplierId,
                        principalTable: "Suppliers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "AgreementLines",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    AgreementId = table.Column<int>(type: "int", nullable: false),
                    ItemId = table.Column<int>(type: "int", nullable: false),
                    Guaranteed = table.Column<int>(type: "int", nullable: false),
                    Drawn = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AgreementLines", x => x.Id);
                    table.CheckConstraint("CK_AgreementLines_Drawn", "\"Drawn\" >= 0 AND \"Drawn\" <= \"Guaranteed\"");
                    table.CheckConstraint("CK_AgreementLines_Guaranteed", "\"Guaranteed\" > 0");
                    table.ForeignKey(
                        name: "FK_AgreementLines_Items_ItemId",
                        column: x => x.ItemId,
                        principalTable: "Items",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_AgreementLines_SupplyAgreements_AgreementId",
                        column: x => x.AgreementId,
                        principalTable: "SupplyAgreements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CallUps",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Version = table.Column<int>(type: "int", nullable: false),
                    Number = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: false),
                    AgreementId = table.Column<int>(type: "int", nullable: false),
                    RequestId = table.Column<int>(type: "int", nullable: false),
                    DestinationDepotId = table.Column<int>(type: "int", nullable: true),
                    State = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    OrderedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    DueAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    DeliveredAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    DeliveredBy = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    Note = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    DeliveryCodeHash = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true),
                    ShortCodeHash = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true),
                    DocumentNumber = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CallUps", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CallUps_AllocationRequests_RequestId",
                        column: x => x.RequestId,
                        principalTable: "AllocationRequests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CallUps_Depots_DestinationDepotId",
                        column: x => x.DestinationDepotId,
                        principalTable: "Depots",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CallUps_SupplyAgreements_AgreementId",
                        column: x => x.AgreementId,
                        principalTable: "SupplyAgreements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CallUpLine",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    CallUpId = table.Column<int>(type: "int", nullable: false),
                    ItemId = table.Column<int>(type: "int", nullable: false),
                    Quantity = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CallUpLine", x => x.Id);
                    table.CheckConstraint("CK_CallUpLines_Quantity", "\"Quantity\" > 0");
                    table.ForeignKey(
                        name: "FK_CallUpLine_CallUps_CallUpId",
                        column: x => x.CallUpId,
                        principalTable: "CallUps",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CallUpLine_Items_ItemId",
                        column: x => x.ItemId,
                        principalTable: "Items",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AgreementLines_AgreementId_ItemId",
                table: "AgreementLines",
                columns: new[] { "AgreementId", "ItemId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AgreementLines_ItemId",
                table: "AgreementLines",
                column: "ItemId");

            migrationBuilder.CreateIndex(
                name: "IX_CallUpLine_CallUpId",
                table: "CallUpLine",
                column: "CallUpId");

            migrationBuilder.CreateIndex(
                name: "IX_CallUpLine_ItemId",
                table: "CallUpLine",
                column: "ItemId");

            migrationBuilder.CreateIndex(
                name: "IX_CallUps_AgreementId",
                table: "CallUps",
                column: "AgreementId");

            migrationBuilder.CreateIndex(
                name: "IX_CallUps_DestinationDepotId",
                table: "CallUps",
                column: "DestinationDepotId");

            migrationBuilder.CreateIndex(
                name: "IX_CallUps_Number",
                table: "CallUps",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CallUps_RequestId",
                table: "CallUps",
                column: "RequestId");

            migrationBuilder.CreateIndex(
                name: "IX_CallUps_ShortCodeHash",
                table: "CallUps",
                column: "ShortCodeHash",
                unique: true,
                filter: "[ShortCodeHash] IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_CallUps_State_DueAt",
                table: "CallUps",
                columns: new[] { "State", "DueAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Suppliers_Code",
                table: "Suppliers",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SupplyAgreements_Number",
                table: "SupplyAgreements",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SupplyAgreements_SupplierId",
                table: "SupplyAgreements",
                column: "SupplierId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AgreementLines");

            migrationBuilder.DropTable(
                name: "CallUpLine");

            migrationBuilder.DropTable(
                name: "CallUps");

            migrationBuilder.DropTable(
                name: "SupplyAgreements");

            migrationBuilder.DropTable(
                name: "Suppliers");
        }
    }
}
