using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Warehouse.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class ReserveFloors : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "ReserveFloor",
                table: "Quotas",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddCheckConstraint(
                name: "CK_Quotas_ReserveFloor",
                table: "Quotas",
                sql: "\"ReserveFloor\" >= 0 AND \"ReserveFloor\" <= \"Target\"");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropCheckConstraint(
                name: "CK_Quotas_ReserveFloor",
                table: "Quotas");

            migrationBuilder.DropColumn(
                name: "ReserveFloor",
                table: "Quotas");
        }
    }
}
