using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Warehouse.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class BalanceHistoryIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_StockMovements_BalanceId",
                table: "StockMovements");

            migrationBuilder.CreateIndex(
                name: "IX_StockMovements_BalanceId_Id_BalanceAfter",
                table: "StockMovements",
                columns: new[] { "BalanceId", "Id", "BalanceAfter" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_StockMovements_BalanceId_Id_BalanceAfter",
                table: "StockMovements");

            migrationBuilder.CreateIndex(
                name: "IX_StockMovements_BalanceId",
                table: "StockMovements",
                column: "BalanceId");
        }
    }
}
