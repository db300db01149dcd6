using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace AlipayInStore.Gateway.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "acceptance_kit_deliveries",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RunId = table.Column<long>(type: "bigint", nullable: false),
                    CaseId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Batch = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    At = table.Column<long>(type: "bigint", nullable: false),
                    Reference = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    TargetUrl = table.Column<string>(type: "character varying(1024)", maxLength: 1024, nullable: false),
                    HttpStatus = table.Column<int>(type: "integer", nullable: true),
                    DurationMs = table.Column<double>(type: "double precision", nullable: false),
                    Answer = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: true),
                    Acknowledged = table.Column<bool>(type: "boolean", nullable: false),
                    Error = table.Column<string>(type: "character varying(1024)", maxLength: 1024, nullable: true),
                    Warning = table.Column<string>(type: "character varying(1024)", maxLength: 1024, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_acceptance_kit_deliveries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "acceptance_runs",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RunId = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    MerchantId = table.Column<long>(type: "bigint", nullable: false),
                    StartedAt = table.Column<long>(type: "bigint", nullable: false),
                    CaseIndex = table.Column<int>(type: "integer", nullable: false),
                    CaseStartedAt = table.Column<long>(type: "bigint", nullable: false),
                    Windows = table.Column<string>(type: "character varying(4096)", maxLength: 4096, nullable: false),
                    TamperArmed = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_acceptance_runs", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "buyers",
                columns: table => new
                {
                    Id = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    DisplayName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    TestCode = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    Currency = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    PasswordHash = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_buyers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "exchanges",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    At = table.Column<long>(type: "bigint", nullable: false),
                    Path = table.Column<string>(type: "character varying(512)", maxLength: 512, nullable: false),
                    Function = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    ClientId = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    MerchantId = table.Column<long>(type: "bigint", nullable: true),
                    PartnerId = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    MerchantTransId = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    AcquirementId = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    MerchantRefundId = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    RequestText = table.Column<string>(type: "character varying(70000)", maxLength: 70000, nullable: false),
                    SignedText = table.Column<string>(type: "character varying(70000)", maxLength: 70000, nullable: true),
                    SignType = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    Verification = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    ResponseText = table.Column<string>(type: "character varying(70000)", maxLength: 70000, nullable: false),
                    ResultStatus = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    ResultCode = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    DurationMs = table.Column<double>(type: "double precision", nullable: false),
                    Repaired = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_exchanges", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ledger_balances",
                columns: table => new
                {
                    Account = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    Currency = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    Balance = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ledger_balances", x => new { x.Account, x.Currency });
                });

            migrationBuilder.CreateTable(
                name: "ledger_entries",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    JournalId = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    Account = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    Currency = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    Amount = table.Column<long>(type: "bigint", nullable: false),
                    PaymentId = table.Column<long>(type: "bigint", nullable: true),
                    RefundId = table.Column<long>(type: "bigint", nullable: true),
                    At = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ledger_entries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "merchants",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PartnerId = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    ClientId = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    Name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    Industry = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    RsaPublicKeyPem = table.Column<string>(type: "character varying(4096)", maxLength: 4096, nullable: true),
                    Sha256Key = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    NotifyUrl = table.Column<string>(type: "character varying(1024)", maxLength: 1024, nullable: true),
                    FeeRateBasisPoints = table.Column<int>(type: "integer", nullable: false),
                    CreatedAt = table.Column<long>(type: "bigint", nullable: false),
                    KeyVersion = table.Column<int>(type: "integer", nullable: false),
                    SignType = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    EmptyDayFiles = table.Column<bool>(type: "boolean", nullable: false),
                    SftpPasswordHash = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    DisabledAt = table.Column<long>(type: "bigint", nullable: true),
                    IsAcquirer = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_merchants", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "notifications",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    MerchantId = table.Column<long>(type: "bigint", nullable: false),
                    Function = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    BodyJson = table.Column<string>(type: "character varying(8192)", maxLength: 8192, nullable: false),
                    TargetUrl = table.Column<string>(type: "character varying(1024)", maxLength: 1024, nullable: true),
                    Reference = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    Attempts = table.Column<int>(type: "integer", nullable: false),
                    ScheduledAttempts = table.Column<int>(type: "integer", nullable: false),
                    ResendRequested = table.Column<bool>(type: "boolean", nullable: false),
                    CreatedAt = table.Column<long>(type: "bigint", nullable: false),
                    NextAttemptAt = table.Column<long>(type: "bigint", nullable: true),
                    LastAttemptAt = table.Column<long>(type: "bigint", nullable: true),
                    DeliveredAt = table.Column<long>(type: "bigint", nullable: true),
                    LastError = table.Column<string>(type: "character varying(1024)", maxLength: 1024, nullable: true),
                    ClaimedBy = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: true),
                    ClaimedUntil = table.Column<long>(type: "bigint", nullable: true),
                    CauseTraceParent = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_notifications", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "payment_codes",
                columns: table => new
                {
                    Code = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    BuyerId = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    ExpiresAt = table.Column<long>(type: "bigint", nullable: false),
                    UsedAt = table.Column<long>(type: "bigint", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_payment_codes", x => x.Code);
                });

            migrationBuilder.CreateTable(
                name: "payments",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    AcquirementId = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    MerchantId = table.Column<long>(type: "bigint", nullable: false),
                    PartnerId = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    MerchantTransId = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    OrderTitle = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    OrderDetail = table.Column<string>(type: "character varying(1024)", maxLength: 1024, nullable: true),
                    Currency = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    Amount = table.Column<long>(type: "bigint", nullable: false),
                    PayCurrency = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: true),
                    PayAmount = table.Column<long>(type: "bigint", nullable: true),
                    ConversionRate = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    FeeAmount = table.Column<long>(type: "bigint", nullable: false),
                    RefundedAmount = table.Column<long>(type: "bigint", nullable: false),
                    BuyerId = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    IdentityCode = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    Scenario = table.Column<int>(type: "integer", nullable: true),
                    FailureCode = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    NotifyUrl = table.Column<string>(type: "character varying(1024)", maxLength: 1024, nullable: true),
                    SecondaryMerchantId = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    SecondaryMerchantName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    SecondaryMerchantIndustry = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    StoreId = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    StoreName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    CreatedAt = table.Column<long>(type: "bigint", nullable: false),
                    UpdatedAt = table.Column<long>(type: "bigint", nullable: false),
                    ExpiresAt = table.Column<long>(type: "bigint", nullable: true),
                    PaidAt = table.Column<long>(type: "bigint", nullable: true),
                    ClosedAt = table.Column<long>(type: "bigint", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_payments", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "portal_users",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    MerchantId = table.Column<long>(type: "bigint", nullable: false),
                    UserName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    PasswordHash = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    FailedAttempts = table.Column<int>(type: "integer", nullable: false),
                    LockedUntil = table.Column<long>(type: "bigint", nullable: true),
                    CreatedAt = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_portal_users", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "reconciliation_files",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PartnerId = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    BusinessDate = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    FileName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    Sha256 = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    RowCount = table.Column<int>(type: "integer", nullable: false),
                    Length = table.Column<long>(type: "bigint", nullable: false),
                    GeneratedAt = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_reconciliation_files", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "refunds",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RefundId = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    PaymentId = table.Column<long>(type: "bigint", nullable: false),
                    AcquirementId = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    PartnerId = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    MerchantRefundId = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    Amount = table.Column<long>(type: "bigint", nullable: false),
                    Currency = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    FeeAmount = table.Column<long>(type: "bigint", nullable: false),
                    Reason = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    IsSync = table.Column<bool>(type: "boolean", nullable: false),
                    NotifyUrl = table.Column<string>(type: "character varying(1024)", maxLength: 1024, nullable: true),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    CreatedAt = table.Column<long>(type: "bigint", nullable: false),
                    CompletedAt = table.Column<long>(type: "bigint", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_refunds", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "secondary_merchants",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    AcquirerId = table.Column<long>(type: "bigint", nullable: false),
                    SellerId = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    SellerName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    Mcc = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false),
                    StoreId = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    StoreName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    StoreAddress = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    RegisteredAt = table.Column<long>(type: "bigint", nullable: false),
                    UpdatedAt = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_secondary_merchants", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "settings",
                columns: table => new
                {
                    Name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    Value = table.Column<string>(type: "character varying(4096)", maxLength: 4096, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_settings", x => x.Name);
                });

            migrationBuilder.CreateTable(
                name: "acceptance_questionnaires",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    AcceptanceRunId = table.Column<long>(type: "bigint", nullable: false),
                    IntegrationMode = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    PosSoftware = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    PosVersion = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    MerchantScan = table.Column<bool>(type: "boolean", nullable: false),
                    CustomerScan = table.Column<bool>(type: "boolean", nullable: false),
                    PayTimeoutSeconds = table.Column<int>(type: "integer", nullable: false),
                    ResultChannel = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    RefundsFromTill = table.Column<bool>(type: "boolean", nullable: false),
                    ContactEmail = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: false),
                    Notes = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    UpdatedAt = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_acceptance_questionnaires", x => x.Id);
                    table.ForeignKey(
                        name: "FK_acceptance_questionnaires_acceptance_runs_AcceptanceRunId",
                        column: x => x.AcceptanceRunId,
                        principalTable: "acceptance_runs",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "notification_attempts",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    NotificationId = table.Column<long>(type: "bigint", nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    Manual = table.Column<bool>(type: "boolean", nullable: false),
                    At = table.Column<long>(type: "bigint", nullable: false),
                    TargetUrl = table.Column<string>(type: "character varying(1024)", maxLength: 1024, nullable: false),
                    ReqMsgId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    SignType = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Dispatcher = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    HttpStatus = table.Column<int>(type: "integer", nullable: true),
                    DurationMs = table.Column<double>(type: "double precision", nullable: false),
                    Acknowledged = table.Column<bool>(type: "boolean", nullable: false),
                    Error = table.Column<string>(type: "character varying(1024)", maxLength: 1024, nullable: true),
                    Warning = table.Column<string>(type: "character varying(1024)", maxLength: 1024, nullable: true)
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
                name: "IX_acceptance_kit_deliveries_RunId_CaseId_Batch",
                table: "acceptance_kit_deliveries",
                columns: new[] { "RunId", "CaseId", "Batch" });

            migrationBuilder.CreateIndex(
                name: "IX_acceptance_questionnaires_AcceptanceRunId",
                table: "acceptance_questionnaires",
                column: "AcceptanceRunId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_acceptance_runs_MerchantId",
                table: "acceptance_runs",
                column: "MerchantId");

            migrationBuilder.CreateIndex(
                name: "IX_acceptance_runs_RunId",
                table: "acceptance_runs",
                column: "RunId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_buyers_TestCode",
                table: "buyers",
                column: "TestCode",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_exchanges_AcquirementId",
                table: "exchanges",
                column: "AcquirementId");

            migrationBuilder.CreateIndex(
                name: "IX_exchanges_MerchantId_At",
                table: "exchanges",
                columns: new[] { "MerchantId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_exchanges_MerchantTransId",
                table: "exchanges",
                column: "MerchantTransId");

            migrationBuilder.CreateIndex(
                name: "IX_ledger_entries_Account_Currency",
                table: "ledger_entries",
                columns: new[] { "Account", "Currency" });

            migrationBuilder.CreateIndex(
                name: "IX_ledger_entries_At",
                table: "ledger_entries",
                column: "At");

            migrationBuilder.CreateIndex(
                name: "IX_ledger_entries_JournalId",
                table: "ledger_entries",
                column: "JournalId");

            migrationBuilder.CreateIndex(
                name: "IX_ledger_entries_PaymentId",
                table: "ledger_entries",
                column: "PaymentId");

            migrationBuilder.CreateIndex(
                name: "IX_merchants_ClientId",
                table: "merchants",
                column: "ClientId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_merchants_PartnerId",
                table: "merchants",
                column: "PartnerId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_notification_attempts_NotificationId_Number",
                table: "notification_attempts",
                columns: new[] { "NotificationId", "Number" });

            migrationBuilder.CreateIndex(
                name: "IX_notifications_ClaimedBy",
                table: "notifications",
                column: "ClaimedBy");

            migrationBuilder.CreateIndex(
                name: "IX_notifications_MerchantId_CreatedAt",
                table: "notifications",
                columns: new[] { "MerchantId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_notifications_Reference",
                table: "notifications",
                column: "Reference");

            migrationBuilder.CreateIndex(
                name: "IX_notifications_Status_NextAttemptAt",
                table: "notifications",
                columns: new[] { "Status", "NextAttemptAt" });

            migrationBuilder.CreateIndex(
                name: "IX_payment_codes_ExpiresAt",
                table: "payment_codes",
                column: "ExpiresAt");

            migrationBuilder.CreateIndex(
                name: "IX_payments_AcquirementId",
                table: "payments",
                column: "AcquirementId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_payments_BuyerId_CreatedAt",
                table: "payments",
                columns: new[] { "BuyerId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_payments_MerchantId_CreatedAt",
                table: "payments",
                columns: new[] { "MerchantId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_payments_PartnerId_MerchantTransId",
                table: "payments",
                columns: new[] { "PartnerId", "MerchantTransId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_payments_Status_ExpiresAt",
                table: "payments",
                columns: new[] { "Status", "ExpiresAt" });

            migrationBuilder.CreateIndex(
                name: "IX_portal_users_MerchantId",
                table: "portal_users",
                column: "MerchantId");

            migrationBuilder.CreateIndex(
                name: "IX_portal_users_UserName",
                table: "portal_users",
                column: "UserName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_reconciliation_files_PartnerId_BusinessDate",
                table: "reconciliation_files",
                columns: new[] { "PartnerId", "BusinessDate" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_refunds_PartnerId_MerchantRefundId",
                table: "refunds",
                columns: new[] { "PartnerId", "MerchantRefundId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_refunds_PaymentId",
                table: "refunds",
                column: "PaymentId");

            migrationBuilder.CreateIndex(
                name: "IX_refunds_RefundId",
                table: "refunds",
                column: "RefundId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_refunds_Status_CreatedAt",
                table: "refunds",
                columns: new[] { "Status", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_secondary_merchants_AcquirerId_SellerId_StoreId",
                table: "secondary_merchants",
                columns: new[] { "AcquirerId", "SellerId", "StoreId" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "acceptance_kit_deliveries");

            migrationBuilder.DropTable(
                name: "acceptance_questionnaires");

            migrationBuilder.DropTable(
                name: "buyers");

            migrationBuilder.DropTable(
                name: "exchanges");

            migrationBuilder.DropTable(
                name: "ledger_balances");

            migrationBuilder.DropTable(
                name: "ledger_entries");

            migrationBuilder.DropTable(
                name: "merchants");

            migrationBuilder.DropTable(
                name: "notification_attempts");

            migrationBuilder.DropTable(
                name: "payment_codes");

            migrationBuilder.DropTable(
                name: "payments");

            migrationBuilder.DropTable(
                name: "portal_users");

            migrationBuilder.DropTable(
                name: "reconciliation_files");

            migrationBuilder.DropTable(
                name: "refunds");

            migrationBuilder.DropTable(
                name: "secondary_merchants");

            migrationBuilder.DropTable(
                name: "settings");

            migrationBuilder.DropTable(
                name: "acceptance_runs");

            migrationBuilder.DropTable(
                name: "notifications");
        }
    }
}
