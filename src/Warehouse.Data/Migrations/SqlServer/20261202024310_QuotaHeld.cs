using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Warehouse.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class QuotaHeld : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "Held",
                table: "Quotas",
                type: "int",
                nullable: false,
                defaultValue: 0);

            // Each quota's held figure starts as the sum of its balances, and the triggers keep it from here on.
            Sql.QuotaHeldSql.SqlServer(migrationBuilder);

            migrationBuilder.CreateIndex(
                name: "IX_AllocationRequests_State_SubmittedAt",
                table: "AllocationRequests",
                columns: new[] { "State", "SubmittedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_AllocationRequests_State_SubmittedAt",
                table: "AllocationRequests");

            Sql.QuotaHeldSql.SqlServerDown(migrationBuilder);

            migrationBuilder.DropColumn(
                name: "Held",
                table: "Quotas");
        }
    }
}
