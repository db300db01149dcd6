using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AlipayInStore.Gateway.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Notifications : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ClaimedBy",
                table: "notifications",
                type: "TEXT",
                maxLength: 128,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "ClaimedUntil",
                table: "notifications",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "DeliveredAt",
                table: "notifications",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "LastAttemptAt",
                table: "notifications",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "LastError",
                table: "notifications",
                type: "TEXT",
                maxLength: 1024,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "ResendRequested",
                table: "notifications",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<int>(
                name: "ScheduledAttempts",
                table: "notifications",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateTable(
                name: "notification_attempts",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    NotificationId = table.Column<long>(type: "INTEGER", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    Manual = table.Column<bool>(type: "INTEGER", nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    TargetUrl = table.Column<string>(type: "TEXT", maxLength: 1024, nullable: false),
                    ReqMsgId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    SignType = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Dispatcher = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    HttpStatus = table.Column<int>(type: "INTEGER", nullable: true),
                    DurationMs = table.Column<double>(type: "REAL", nullable: false),
                    Acknowledged = table.Column<bool>(type: "INTEGER", nullable: false),
                    Error = table.Column<string>(type: "TEXT", maxLength: 1024, nullable: true),
                    Warning = table.Column<string>(type: "TEXT", maxLength: 1024, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_notification_attempts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_notification_attempts_notifications_NotificationId",
                        column: x => x.NotificationId,
                        principalTable: "notifications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_notifications_ClaimedBy",
                table: "notifications",
                column: "ClaimedBy");

            migrationBuilder.CreateIndex(
                name: "IX_notification_attempts_NotificationId_Number",
                table: "notification_attempts",
                columns: new[] { "NotificationId", "Number" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "notification_attempts");

            migrationBuilder.DropIndex(
                name: "IX_notifications_ClaimedBy",
                table: "notifications");

            migrationBuilder.DropColumn(
                name: "ClaimedBy",
                table: "notifications");

            migrationBuilder.DropColumn(
                name: "ClaimedUntil",
                table: "notifications");

            migrationBuilder.DropColumn(
                name: "DeliveredAt",
                table: "notifications");

            migrationBuilder.DropColumn(
                name: "LastAttemptAt",
                table: "notifications");

            migrationBuilder.DropColumn(
                name: "LastError",
                table: "notifications");

            migrationBuilder.DropColumn(
                name: "ResendRequested",
                table: "notifications");

            migrationBuilder.DropColumn(
                name: "ScheduledAttempts",
                table: "notifications");
        }
    }
}
