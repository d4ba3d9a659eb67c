using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Warehouse.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class AppendOnlyLedger : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("EXEC(N'CREATE TRIGGER TR_StockMovements_AppendOnly ON [StockMovements] INSTEAD OF UPDATE, DELETE AS BEGIN THROW 50001, ''StockMovements rows are append-only'', 1; END;');");
            migrationBuilder.Sql("EXEC(N'CREATE TRIGGER TR_AuditEntries_AppendOnly ON [AuditEntries] INSTEAD OF UPDATE, DELETE AS BEGIN THROW 50001, ''AuditEntries rows are append-only'', 1; END;');");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER TR_StockMovements_AppendOnly;");
            migrationBuilder.Sql("DROP TRIGGER TR_AuditEntries_AppendOnly;");
        }
    }
}
