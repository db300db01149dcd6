using AlipayInStore.Gateway.Acceptance;
using AlipayInStore.Gateway.Ledger;
using AlipayInStore.Gateway.Merchants;
using AlipayInStore.Gateway.Notifications;
using AlipayInStore.Gateway.Reconciliation;
using AlipayInStore.Gateway.Sandbox;
using AlipayInStore.Gateway.Telemetry;

namespace AlipayInStore.Gateway.ApiReference;

/// <summary>
/// Every control API operation with its request and answer shapes. A test compares this with the routes the app
/// really maps, so an endpoint added without a line here fails the build's tests.
/// </summary>
internal static class ControlCatalog
{
    private const string Sandbox = "Sandbox";
    private const string Recon = "Reconciliation";
    private const string Notify = "Notifications";
    private const string Kit = "Acceptance";
    private const string Observe = "Observe";
    private const string Operator = "Merchants";

    public static IReadOnlyList<ControlOperation> All { get; } =
    [
        new("POST", "/sandbox/buyers/{buyerId}/codes", Sandbox, "Mint a one-time payment code for a buyer (valid 60 s)", typeof(MintedCode), 201),
        new("GET", "/sandbox/buyers", Sandbox, "The sandbox buyers with their test codes and balances", typeof(List<BuyerView>)),
        new("POST", "/sandbox/transactions/{acquirementId}/confirm", Sandbox, "Pay a waiting transaction as the buyer (buyerId for a QR order)", typeof(TransactionView)) { Request = typeof(ConfirmRequest) },
        new("POST", "/sandbox/transactions/{acquirementId}/decline", Sandbox, "Decline a waiting transaction as the buyer", typeof(TransactionView)),
        new("GET", "/sandbox/transactions/{acquirementId}", Sandbox, "A transaction with its refunds and ledger lines", typeof(TransactionView)),
        new("GET", "/sandbox/clock", Sandbox, "The sandbox clock and its offset from real time", typeof(ClockView)),
        new("POST", "/sandbox/clock/advance", Sandbox, "Move the sandbox clock forward", typeof(ClockView)) { Request = typeof(AdvanceRequest) },
        new("GET", "/sandbox/ledger/check", Sandbox, "Check that the double-entry ledger balances", typeof(LedgerCheckResult)),
        new("POST", "/sandbox/merchants", Operator, "Onboard a merchant: Partner ID, Client ID, keys, SHA256 key, portal login", typeof(MerchantCreatedView), 201) { Request = typeof(MerchantSpec) },
        new("GET", "/sandbox/merchants", Operator, "Every merchant with its settings", typeof(List<MerchantView>)),
        new("GET", "/sandbox/merchants/{partnerId}", Operator, "One merchant with its settings", typeof(MerchantView)),
        new("PATCH", "/sandbox/merchants/{partnerId}", Operator, "Change a merchant's settings (sign type, fee rate, notify URL, empty-day files)", typeof(MerchantView)) { Request = typeof(MerchantSettingsPatch) },
        new("POST", "/sandbox/merchants/{partnerId}/disable", Operator, "Disable a merchant: its requests are refused MERCHANT_DISABLED, its history kept", typeof(MerchantView)),
        new("POST", "/sandbox/merchants/{partnerId}/enable", Operator, "Enable a disabled merchant again", typeof(MerchantView)),
        new("POST", "/sandbox/merchants/{partnerId}/sftp-password", Operator, "Issue the SFTP account a new password (shown once)", typeof(SftpPasswordView)),
        new("POST", "/sandbox/buyers", Operator, "Create a buyer with a balance and a test code", typeof(BuyerCreatedView), 201) { Request = typeof(BuyerSpec) },
        new("POST", "/sandbox/reset", Operator, "Put the data back to the seed", typeof(ResetView)),
        new("GET", "/sandbox/reconciliation/{partnerId}", Recon, "The reconciliation files produced for a partner", typeof(List<ReconciliationFile>)),
        new("POST", "/sandbox/reconciliation/{partnerId}/{date}", Recon, "Produce a day's reconciliation file now (date yyyy-MM-dd, a day that is over)", typeof(ReconciliationFile), 201),
        new("GET", "/sandbox/reconciliation/{partnerId}/{date}", Recon, "Download a day's reconciliation file", null) { ResponseMedia = "text/plain" },
        new("PUT", "/sandbox/reconciliation/{partnerId}/ssh-key", Recon, "Register 1 to 10 OpenSSH public keys for the SFTP account", typeof(SshKeysAnswer)) { RequestMedia = "text/plain" },
        new("GET", "/sandbox/merchant/notify-url", Notify, "The merchant's notify URL", typeof(NotifyUrlView)) { Query = [("clientId", "the merchant (default: the first)")] },
        new("PUT", "/sandbox/merchant/notify-url", Notify, "Set (or clear, with null) the merchant's notify URL", typeof(NotifyUrlView)) { Request = typeof(NotifyUrlRequest) },
        new("GET", "/sandbox/notifications", Notify, "The newest notifications with every delivery made", typeof(List<NotificationView>))
        {
            Query = [("reference", "acquirementId or refundId the notification is about"), ("status", "Pending, Delivered or Failed")],
        },
        new("GET", "/sandbox/notifications/{id:long}", Notify, "One notification with every delivery made", typeof(NotificationView)),
        new("POST", "/sandbox/notifications/{id:long}/resend", Notify, "Deliver a notification once more, now (outside the schedule)", typeof(NotificationView), 202),
        new("POST", "/sandbox/acceptance/runs", Kit, "Start an acceptance run for a partner", typeof(RunReport), 201) { Request = typeof(StartRunRequest) },
        new("POST", "/sandbox/acceptance/runs/{runId}/next", Kit, "Move the run to its next case", typeof(RunReport)),
        new("POST", "/sandbox/acceptance/runs/{runId}/kit", Kit, "Do the kit's part of the current case again", typeof(RunReport)),
        new("GET", "/sandbox/acceptance/runs/{runId}", Kit, "The run's report, graded live", typeof(RunReport)),
        new("GET", "/sandbox/acceptance/runs/{runId}/report.html", Kit, "The run's report as a page", null) { ResponseMedia = "text/html" },
        new("GET", "/sandbox/acceptance/runs/{runId}/junit.xml", Kit, "The run's report as JUnit XML for CI", null) { ResponseMedia = "application/xml" },
        new("GET", "/sandbox/logs/stream", Observe, "Every API exchange from now on, as Server-Sent Events (event: exchange, data: JSON)", typeof(ExchangeEvent))
        {
            ResponseMedia = "text/event-stream",
            Query = [("function", "pay, preCreate, payQuery, payCancel, refund or the full name"), ("status", "S, F or U"), ("clientId", "one merchant"), ("acquirementId", "one transaction")],
        },
        new("GET", "/sandbox/openapi.json", Observe, "This document (no token needed)", null) { NeedsToken = false },
        new("GET", "/sandbox/reference", Observe, "This document as a page (no token needed)", null) { ResponseMedia = "text/html", NeedsToken = false },
    ];
}
