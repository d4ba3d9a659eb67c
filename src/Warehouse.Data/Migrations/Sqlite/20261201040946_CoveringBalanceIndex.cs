using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Warehouse.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class CoveringBalanceIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_StockBalances_DepotId_ItemId",
                table: "StockBalances");

            migrationBuilder.CreateIndex(
                name: "IX_StockBalances_DepotId_ItemId_OnHand",
                table: "StockBalances",
                columns: new[] { "DepotId", "ItemId", "OnHand" });

            migrationBuilder.CreateIndex(
                name: "IX_Dispatches_State_DispatchedAt",
                table: "Dispatches",
                columns: new[] { "State", "DispatchedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_StockBalances_DepotId_ItemId_OnHand",
                table: "StockBalances");

            migrationBuilder.DropIndex(
                name: "IX_Dispatches_State_DispatchedAt",
                table: "Dispatches");

            migrationBuilder.CreateIndex(
                name: "IX_StockBalances_DepotId_ItemId",
                table: "StockBalances",
                columns: new[] { "DepotId", "ItemId" });
        }
    }
}
