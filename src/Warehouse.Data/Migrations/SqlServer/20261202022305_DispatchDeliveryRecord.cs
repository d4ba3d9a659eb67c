using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Warehouse.Data.Migrations.SqlServer
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
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<double>(
                name: "MinutesToDeliver",
                table: "Dispatches",
                type: "float",
                nullable: true);

            // The dispatches already delivered take their request's destination and the minutes since its submission. Run
            // through EXEC: the batch is compiled before the columns it fills exist.
            migrationBuilder.Sql("""
                EXEC(N'UPDATE d SET d.[DeliveredTo] = r.[DestinationName],
                    d.[MinutesToDeliver] = CAST(DATEDIFF_BIG(millisecond, r.[SubmittedAt], d.[DeliveredAt]) AS float) / 60000
                FROM [Dispatches] AS d INNER JOIN [AllocationRequests] AS r ON r.[Id] = d.[RequestId]
                WHERE d.[DeliveredAt] IS NOT NULL;');
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
