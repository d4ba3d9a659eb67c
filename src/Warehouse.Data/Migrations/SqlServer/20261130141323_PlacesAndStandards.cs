using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Warehouse.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class PlacesAndStandards : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "DestinationPlaceId",
                table: "AllocationRequests",
                type: "int",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "EquipmentStandards",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Version = table.Column<int>(type: "int", nullable: false),
                    Code = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: false),
                    Name = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EquipmentStandards", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Places",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Version = table.Column<int>(type: "int", nullable: false),
                    Code = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: false),
                    Name = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: false),
                    TownshipId = table.Column<int>(type: "int", nullable: true),
                    DutyPersons = table.Column<int>(type: "int", nullable: false),
                    Households = table.Column<int>(type: "int", nullable: false),
                    DepotId = table.Column<int>(type: "int", nullable: true),
                    Latitude = table.Column<double>(type: "float", nullable: true),
                    Longitude = table.Column<double>(type: "float", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Places", x => x.Id);
                    table.CheckConstraint("CK_Places_Counts", "\"DutyPersons\" >= 0 AND \"Households\" >= 0");
                    table.ForeignKey(
                        name: "FK_Places_Depots_DepotId",
                        column: x => x.DepotId,
                        principalTable: "Depots",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Places_Places_TownshipId",
                        column: x => x.TownshipId,
                        principalTable: "Places",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "StandardLines",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    StandardId = table.Column<int>(type: "int", nullable: false),
                    ItemId = table.Column<int>(type: "int", nullable: false),
                    Basis = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: false),
                    Quantity = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StandardLines", x => x.Id);
                    table.CheckConstraint("CK_StandardLines_Quantity", "\"Quantity\" > 0");
                    table.ForeignKey(
                        name: "FK_StandardLines_EquipmentStandards_StandardId",
                        column: x => x.StandardId,
                        principalTable: "EquipmentStandards",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_StandardLines_Items_ItemId",
                        column: x => x.ItemId,
                        principalTable: "Items",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PlaceDocuments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    StockDocumentId = table.Column<int>(type: "int", nullable: false),
                    PlaceId = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlaceDocuments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PlaceDocuments_Places_PlaceId",
                        column: x => x.PlaceId,
                        principalTable: "Places",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PlaceDocuments_StockDocuments_StockDocumentId",
                        column: x => x.StockDocumentId,
                        principalTable: "StockDocuments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_EquipmentStandards_Code",
                table: "EquipmentStandards",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PlaceDocuments_PlaceId",
                table: "PlaceDocuments",
                column: "PlaceId");

            migrationBuilder.CreateIndex(
                name: "IX_PlaceDocuments_StockDocumentId",
                table: "PlaceDocuments",
                column: "StockDocumentId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Places_Code",
                table: "Places",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Places_DepotId",
                table: "Places",
                column: "DepotId");

            migrationBuilder.CreateIndex(
                name: "IX_Places_TownshipId",
                table: "Places",
                column: "TownshipId");

            migrationBuilder.CreateIndex(
                name: "IX_StandardLines_ItemId",
                table: "StandardLines",
                column: "ItemId");

            migrationBuilder.CreateIndex(
                name: "IX_StandardLines_StandardId_ItemId_Basis",
                table: "StandardLines",
                columns: new[] { "StandardId", "ItemId", "Basis" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PlaceDocuments");

            migrationBuilder.DropTable(
                name: "StandardLines");

            migrationBuilder.DropTable(
                name: "Places");

            migrationBuilder.DropTable(
                name: "EquipmentStandards");

            migrationBuilder.DropColumn(
                name: "DestinationPlaceId",
                table: "AllocationRequests");
        }
    }
}
