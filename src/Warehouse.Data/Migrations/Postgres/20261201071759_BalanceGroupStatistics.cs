using Microsoft.EntityFrameworkCore.Migrations;
using Warehouse.Data.Migrations.Sql;

#nullable disable

namespace Warehouse.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class BalanceGroupStatistics : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            PostgresStatisticsSql.Up(migrationBuilder);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            PostgresStatisticsSql.Down(migrationBuilder);
        }
    }
}
