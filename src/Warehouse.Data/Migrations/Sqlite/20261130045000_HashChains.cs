using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Warehouse.Data.Migrations.Sql;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace Warehouse.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class HashChains : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Hash",
                table: "StockMovements",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PreviousHash",
                table: "StockMovements",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "Sequence",
                table: "StockMovements",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "Quotas",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "Locations",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "Items",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "Depots",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "Departments",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "Hash",
                table: "AuditEntries",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PreviousHash",
                table: "AuditEntries",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "Sequence",
                table: "AuditEntries",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "ChainHeads",
                columns: table => new
                {
                    Name = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Sequence = table.Column<long>(type: "INTEGER", nullable: false),
                    Hash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ChainHeads", x => x.Name);
                });

            migrationBuilder.CreateTable(
                name: "IntegrityChecks",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CheckedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    AuditThrough = table.Column<long>(type: "INTEGER", nullable: false),
                    LedgerThrough = table.Column<long>(type: "INTEGER", nullable: false),
                    BrokenChain = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    BrokenRowId = table.Column<long>(type: "INTEGER", nullable: true),
                    BrokenSequence = table.Column<long>(type: "INTEGER", nullable: true),
                    Expected = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    DriftingBalances = table.Column<int>(type: "INTEGER", nullable: false),
                    Drift = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IntegrityChecks", x => x.Id);
                });

            migrationBuilder.InsertData(
                table: "ChainHeads",
                columns: new[] { "Name", "Hash", "Sequence" },
                values: new object[,]
                {
                    { "audit", "0000000000000000000000000000000000000000000000000000000000000000", 0L },
                    { "ledger", "0000000000000000000000000000000000000000000000000000000000000000", 0L }
                });

            migrationBuilder.CreateIndex(
                name: "IX_StockMovements_Sequence",
                table: "StockMovements",
                column: "Sequence",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_Sequence",
                table: "AuditEntries",
                column: "Sequence",
                unique: true);
            HashChainSql.Up(migrationBuilder, ActiveProvider);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ChainHeads");

            migrationBuilder.DropTable(
                name: "IntegrityChecks");

            migrationBuilder.DropIndex(
                name: "IX_StockMovements_Sequence",
                table: "StockMovements");

            migrationBuilder.DropIndex(
                name: "IX_AuditEntries_Sequence",
                table: "AuditEntries");

            migrationBuilder.DropColumn(
                name: "Hash",
                table: "StockMovements");

            migrationBuilder.DropColumn(
                name: "PreviousHash",
                table: "StockMovements");

            migrationBuilder.DropColumn(
                name: "Sequence",
                table: "StockMovements");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "Quotas");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "Locations");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "Items");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "Depots");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "Departments");

            migrationBuilder.DropColumn(
                name: "Hash",
                table: "AuditEntries");

            migrationBuilder.DropColumn(
                name: "PreviousHash",
                table: "AuditEntries");

            migrationBuilder.DropColumn(
                name: "Sequence",
                table: "AuditEntries");

            // Last: SQLite drops a column by rebuilding the table, which drops the table's triggers with it.
            HashChainSql.Down(migrationBuilder, ActiveProvider);
        }
    }
}
