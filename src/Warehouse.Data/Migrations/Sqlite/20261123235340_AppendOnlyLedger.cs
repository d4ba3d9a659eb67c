using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Warehouse.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AppendOnlyLedger : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("CREATE TRIGGER TR_StockMovements_NoUpdate BEFORE UPDATE ON StockMovements BEGIN SELECT RAISE(ABORT, 'StockMovements rows are append-only'); END;");
            migrationBuilder.Sql("CREATE TRIGGER TR_StockMovements_NoDelete BEFORE DELETE ON StockMovements BEGIN SELECT RAISE(ABORT, 'StockMovements rows are append-only'); END;");
            migrationBuilder.Sql("CREATE TRIGGER TR_AuditEntries_NoUpdate BEFORE UPDATE ON AuditEntries BEGIN SELECT RAISE(ABORT, 'AuditEntries rows are append-only'); END;");
            migrationBuilder.Sql("CREATE TRIGGER TR_AuditEntries_NoDelete BEFORE DELETE ON AuditEntries BEGIN SELECT RAISE(ABORT, 'AuditEntries rows are append-only'); END;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER TR_StockMovements_NoUpdate;");
            migrationBuilder.Sql("DROP TRIGGER TR_StockMovements_NoDelete;");
            migrationBuilder.Sql("DROP TRIGGER TR_AuditEntries_NoUpdate;");
            migrationBuilder.Sql("DROP TRIGGER TR_AuditEntries_NoDelete;");
        }
    }
}
