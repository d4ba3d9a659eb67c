using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Warehouse.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class RequestSubmittedAt : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "SubmittedAt",
                table: "AllocationRequests",
                type: "TEXT",
                nullable: true);

            // The requests already submitted take the instant of their first transition into Submitted.
            migrationBuilder.Sql("""
                UPDATE "AllocationRequests" SET "SubmittedAt" = (
                    SELECT MIN(t."At") FROM "RequestTransitions" AS t
                    WHERE t."RequestId" = "AllocationRequests"."Id" AND t."To" = 'Submitted');
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "SubmittedAt",
                table: "AllocationRequests");
        }
    }
}
