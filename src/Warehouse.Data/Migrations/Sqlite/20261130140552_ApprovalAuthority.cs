using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Warehouse.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ApprovalAuthority : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "ApprovalRuleId",
                table: "AllocationRequests",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "ApprovalRules",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RuleNumber = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    LevelMask = table.Column<int>(type: "INTEGER", nullable: false),
                    SupplyClass = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    MinimumValue = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: true),
                    DepartmentId = table.Column<int>(type: "INTEGER", nullable: true),
                    BreaksFloor = table.Column<bool>(type: "INTEGER", nullable: true),
                    StepList = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Active = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ApprovalRules", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ApprovalRules_Departments_DepartmentId",
                        column: x => x.DepartmentId,
                        principalTable: "Departments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ApprovalSteps",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RequestId = table.Column<int>(type: "INTEGER", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    Level = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Decision = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    OpenedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    DecidedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    OnBehalfOf = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    DecidedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Comment = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    EscalatedAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ApprovalSteps", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ApprovalSteps_AllocationRequests_RequestId",
                        column: x => x.RequestId,
                        principalTable: "AllocationRequests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Delegations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PrincipalUserName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    DeputyUserName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    From = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Until = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    RevokedAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Delegations", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AllocationRequests_ApprovalRuleId",
                table: "AllocationRequests",
                column: "ApprovalRuleId");

            migrationBuilder.CreateIndex(
                name: "IX_ApprovalRules_Active",
                table: "ApprovalRules",
                column: "Active");

            migrationBuilder.CreateIndex(
                name: "IX_ApprovalRules_DepartmentId",
                table: "ApprovalRules",
                column: "DepartmentId");

            migrationBuilder.CreateIndex(
                name: "IX_ApprovalRules_RuleNumber_Version",
                table: "ApprovalRules",
                columns: new[] { "RuleNumber", "Version" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ApprovalSteps_Decision_Level",
                table: "ApprovalSteps",
                columns: new[] { "Decision", "Level" });

            migrationBuilder.CreateIndex(
                name: "IX_ApprovalSteps_RequestId_Number",
                table: "ApprovalSteps",
                columns: new[] { "RequestId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Delegations_DeputyUserName_Until",
                table: "Delegations",
                columns: new[] { "DeputyUserName", "Until" });

            migrationBuilder.CreateIndex(
                name: "IX_Delegations_PrincipalUserName_Until",
                table: "Delegations",
                columns: new[] { "PrincipalUserName", "Until" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ApprovalRules");

            migrationBuilder.DropTable(
                name: "ApprovalSteps");

            migrationBuilder.DropTable(
                name: "Delegations");

            migrationBuilder.DropIndex(
                name: "IX_AllocationRequests_ApprovalRuleId",
                table: "AllocationRequests");

            migrationBuilder.DropColumn(
                name: "ApprovalRuleId",
                table: "AllocationRequests");
        }
    }
}
