using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Warehouse.Data.Migrations.Postgres
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
                type: "integer",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "ApprovalRules",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RuleNumber = table.Column<int>(type: "integer", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    LevelMask = table.Column<int>(type: "integer", nullable: false),
                    SupplyClass = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    MinimumValue = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
                    DepartmentId = table.Column<int>(type: "integer", nullable: true),
                    BreaksFloor = table.Column<bool>(type: "boolean", nullable: true),
                    StepList = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Active = table.Column<bool>(type: "boolean", nullable: false)
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
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RequestId = table.Column<int>(type: "integer", nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    Level = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Decision = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    OpenedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    DecidedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    OnBehalfOf = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    DecidedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Comment = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    EscalatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PrincipalUserName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    DeputyUserName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    From = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Until = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    RevokedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
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
