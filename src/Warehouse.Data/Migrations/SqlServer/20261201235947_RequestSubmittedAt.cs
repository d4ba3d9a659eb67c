using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Warehouse.Data.Migrations.SqlServer
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
                type: "datetime2",
                nullable: true);

            // The requests already submitted take the instant of their first transition into Submitted. Run through EXEC:
            // SQL Server compiles a batch whole, and in the idempotent script the column is added in the same batch.
            migrationBuilder.Sql("""
                EXEC(N'UPDATE [AllocationRequests] SET [SubmittedAt] = (
                    SELECT MIN(t.[At]) FROM [RequestTransitions] AS t
                    WHERE t.[RequestId] = [AllocationRequests].[Id] AND t.[To] = N''Submitted'');');
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
