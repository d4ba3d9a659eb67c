using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Warehouse.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class DispatchDeliveryRecord : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Dispatches_DeliveredAt",
                table: "Dispatches");

            migrationBuilder.AddColumn<string>(
                name: "DeliveredTo",
                table: "Dispatches",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<double>(
                name: "MinutesToDeliver",
                table: "Dispatches",
                type: "REAL",
                nullable: true);

            // The dispatches already delivered take their request's destination and the minutes since its submission.
            migrationBuilder.Sql("""
                UPDATE "Dispatches" SET
                    "DeliveredTo" = (SELECT r."DestinationName" FROM "AllocationRequests" AS r WHERE r."Id" = "Dispatches"."RequestId"),
                    "MinutesToDeliver" = (SELECT (julianday("Dispatches"."DeliveredAt") - julianday(r."SubmittedAt")) * 1440.0
                        FROM "AllocationRequests" AS r WHERE r."Id" = "Dispatches"."RequestId")
                WHERE "DeliveredAt" IS NOT NULL;
                """);

            migrationBuilder.CreateIndex(
                name: "IX_Dispatches_Deliveries",
                table: "Dispatches",
                columns: new[] { "DeliveredAt", "SourceDepotId", "DeliveredTo", "MinutesToDeliver" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Dispatches_Deliveries",
                table: "Dispatches");

            migrationBuilder.DropColumn(
                name: "DeliveredTo",
                table: "Dispatches");

            migrationBuilder.DropColumn(
                name: "MinutesToDeliver",
                table: "Dispatches");

            migrationBuilder.CreateIndex(
                name: "IX_Dispatches_DeliveredAt",
                table: "Dispatches",
                column: "DeliveredAt");
        }
    }
}
