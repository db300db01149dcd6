using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AlipayInStore.Gateway.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Acceptance : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "acceptance_runs",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RunId = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    MerchantId = table.Column<long>(type: "INTEGER", nullable: false),
                    StartedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CaseIndex = table.Column<int>(type: "INTEGER", nullable: false),
                    CaseStartedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Windows = table.Column<string>(type: "TEXT", maxLength: 4096, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_acceptance_runs", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_acceptance_runs_MerchantId",
                table: "acceptance_runs",
                column: "MerchantId");

            migrationBuilder.CreateIndex(
                name: "IX_acceptance_runs_RunId",
                table: "acceptance_runs",
                column: "RunId",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "acceptance_runs");
        }
    }
}
