using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Warehouse.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ClientScopes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_StockDocuments_ClientId",
                table: "StockDocuments");

            migrationBuilder.DropIndex(
                name: "IX_DispatchPicks_ClientId",
                table: "DispatchPicks");

            migrationBuilder.AddColumn<string>(
                name: "ClientScope",
                table: "StockDocuments",
                type: "TEXT",
                maxLength: 80,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "RequestFingerprint",
                table: "StockDocuments",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ClientScope",
                table: "DispatchPicks",
                type: "TEXT",
                maxLength: 80,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "RequestFingerprint",
                table: "DispatchPicks",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            Warehouse.Data.Migrations.Sql.ClientScopeSql.Up(migrationBuilder, ActiveProvider);

            migrationBuilder.CreateIndex(
                name: "IX_StockDocuments_ClientScope_ClientId",
                table: "StockDocuments",
                columns: new[] { "ClientScope", "ClientId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_DispatchPicks_ClientScope_ClientId",
                table: "DispatchPicks",
                columns: new[] { "ClientScope", "ClientId" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_StockDocuments_ClientScope_ClientId",
                table: "StockDocuments");

            migrationBuilder.DropIndex(
                name: "IX_DispatchPicks_ClientScope_ClientId",
                table: "DispatchPicks");

            migrationBuilder.DropColumn(
                name: "ClientScope",
                table: "StockDocuments");

            migrationBuilder.DropColumn(
                name: "RequestFingerprint",
                table: "StockDocuments");

            migrationBuilder.DropColumn(
                name: "ClientScope",
                table: "DispatchPicks");

            migrationBuilder.DropColumn(
                name: "RequestFingerprint",
                table: "DispatchPicks");

            migrationBuilder.CreateIndex(
                name: "IX_StockDocuments_ClientId",
                table: "StockDocuments",
                column: "ClientId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_DispatchPicks_ClientId",
                table: "DispatchPicks",
                column: "ClientId",
                unique: true);
        }
    }
}
