using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Warehouse.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class TransferTallies : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "TalliedAt",
                table: "Dispatches",
                type: "datetime2",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "TalliedAt",
                table: "CallUps",
                type: "datetime2",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "TransferTallies",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Day = table.Column<DateOnly>(type: "date", nullable: false),
                    Leg = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: false),
                    Step = table.Column<int>(type: "int", nullable: false),
                    Source = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    Destination = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Minutes = table.Column<int>(type: "int", nullable: false),
                    Count = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TransferTallies", x => x.Id);
                    table.CheckConstraint("CK_TransferTallies_Count", "\"Count\" > 0");
                    table.CheckConstraint("CK_TransferTallies_Minutes", "\"Minutes\" >= 0");
                });

            migrationBuilder.CreateIndex(
                name: "IX_Dispatches_Untallied",
                table: "Dispatches",
                column: "DeliveredAt",
                filter: "\"TalliedAt\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_CallUps_Untallied",
                table: "CallUps",
                column: "DeliveredAt",
                filter: "\"TalliedAt\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_TransferTallies_Day_Leg_Step_Source_Destination_Minutes",
                table: "TransferTallies",
                columns: new[] { "Day", "Leg", "Step", "Source", "Destination", "Minutes" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "TransferTallies");

            migrationBuilder.DropIndex(
                name: "IX_Dispatches_Untallied",
                table: "Dispatches");

            migrationBuilder.DropIndex(
                name: "IX_CallUps_Untallied",
                table: "CallUps");

            migrationBuilder.DropColumn(
                name: "TalliedAt",
                table: "Dispatches");

            migrationBuilder.DropColumn(
                name: "TalliedAt",
                table: "CallUps");
        }
    }
}
