using Microsoft.EntityFrameworkCore.Migrations;

namespace Warehouse.Data.Migrations.Sql;

/// Makes the next refresh sum the month and day totals again from the whole ledger: a new grain of totals starts empty,
/// and the mark's unknown zone is what tells the refresh to start over rather than carry on from the mark.
public static class LedgerTotalsSql
{
    public static void Rebuild(MigrationBuilder migrationBuilder) =>
        migrationBuilder.UpdateData(table: "LedgerTotalsMarks", keyColumn: "Id", keyValue: 1, column: "Zone", value: "");
}
