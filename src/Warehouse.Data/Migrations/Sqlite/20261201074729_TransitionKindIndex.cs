using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Warehouse.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class TransitionKindIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_RequestTransitions_RequestId_At",
                table: "RequestTransitions");

            migrationBuilder.CreateIndex(
                name: "IX_RequestTransitions_RequestId_To_At",
                table: "RequestTransitions",
                columns: new[] { "RequestId", "To", "At" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_RequestTransitions_RequestId_To_At",
                table: "RequestTransitions");

            migrationBuilder.CreateIndex(
                name: "IX_RequestTransitions_RequestId_At",
                table: "RequestTransitions",
                columns: new[] { "RequestId", "At" });
        }
    }
}
