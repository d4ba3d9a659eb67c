using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Warehouse.Data.Migrations.Postgres
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
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<double>(
                name: "MinutesToDeliver",
                table: "Dispatches",
                type: "double precision",
                nullable: true);

            // The dispatches already delivered take their request's destination and the minutes since its submission.
            migrationBuilder.Sql("""
                UPDATE "Dispatches" AS d SET "DeliveredTo" = r."DestinationName",
                    "MinutesToDeliver" = CAST(EXTRACT(EPOCH FROM (d."DeliveredAt" - r."SubmittedAt")) / 60 AS DOUBLE PRECISION)
                FROM "AllocationRequests" AS r
                WHERE r."Id" = d."RequestId" AND d."DeliveredAt" IS NOT NULL;
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
