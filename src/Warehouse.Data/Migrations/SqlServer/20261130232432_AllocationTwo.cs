using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Warehouse.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class AllocationTwo : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "BreachNote",
                table: "AllocationRequests",
                type: "nvarchar(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "BreachReason",
                table: "AllocationRequests",
                type: "nvarchar(30)",
                maxLength: 30,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "DepartmentApiKeys",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Name = table.Column<string>(type: "nvarchar(60)", maxLength: 60, nullable: false),
                    DepartmentId = table.Column<int>(type: "int", nullable: false),
                    KeyHash = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    KeyPrefix = table.Column<string>(type: "nvarchar(8)", maxLength: 8, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    RevokedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    LastUsedAt = table.Column<DateTime>(type: "datetime2", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DepartmentApiKeys", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DepartmentApiKeys_Departments_DepartmentId",
                        column: x => x.DepartmentId,
                        principalTable: "Departments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "HandOverSignatures",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    DispatchId = table.Column<int>(type: "int", nullable: false),
                    Role = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Signer = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: false),
                    Png = table.Column<byte[]>(type: "varbinary(max)", maxLength: 204800, nullable: false),
                    SignedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    RecordedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    Latitude = table.Column<double>(type: "float", nullable: true),
                    Longitude = table.Column<double>(type: "float", nullable: true),
                    Accuracy = table.Column<double>(type: "float", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_HandOverSignatures", x => x.Id);
                    table.ForeignKey(
                        name: "FK_HandOverSignatures_Dispatches_DispatchId",
                        column: x => x.DispatchId,
                        principalTable: "Dispatches",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "RequestClientKeys",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    ClientScope = table.Column<string>(type: "nvarchar(80)", maxLength: 80, nullable: false),
                    ClientId = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    Fingerprint = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    RequestId = table.Column<int>(type: "int", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RequestClientKeys", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RequestClientKeys_AllocationRequests_RequestId",
                        column: x => x.RequestId,
                        principalTable: "AllocationRequests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

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
                name: "IX_DepartmentApiKeys_DepartmentId_Name",
                table: "DepartmentApiKeys",
                columns: new[] { "DepartmentId", "Name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_DepartmentApiKeys_KeyHash",
                table: "DepartmentApiKeys",
                column: "KeyHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_HandOverSignatures_DispatchId_Role",
                table: "HandOverSignatures",
                columns: new[] { "DispatchId", "Role" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RequestClientKeys_ClientScope_ClientId",
                table: "RequestClientKeys",
                columns: new[] { "ClientScope", "ClientId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RequestClientKeys_RequestId",
                table: "RequestClientKeys",
                column: "RequestId");

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
                name: "DepartmentApiKeys");

            migrationBuilder.DropTable(
                name: "HandOverSignatures");

            migrationBuilder.DropTable(
                name: "RequestClientKeys");

            migrationBuilder.DropTable(
                name: "CallUps");

            migrationBuilder.DropTable(
                name: "SupplyAgreements");

            migrationBuilder.DropTable(
                name: "Suppliers");

            migrationBuilder.DropColumn(
                name: "BreachNote",
                table: "AllocationRequests");

            migrationBuilder.DropColumn(
                name: "BreachReason",
                table: "AllocationRequests");
        }
    }
}
