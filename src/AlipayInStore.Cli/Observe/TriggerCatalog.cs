namespace AlipayInStore.Cli.Observe;

/// <summary>Every named situation of <c>alipay-instore trigger</c>; the amounts are the sandbox's scenarios (docs/scenarios.md).</summary>
internal static class TriggerCatalog
{
    public static IReadOnlyList<Trigger> All { get; } =
    [
        new("unknown-pay", "A pay whose answer is U/UNKNOWN_EXCEPTION (amount 99.01): the charge happened, the answer did not say so",
            "the SDK queries and ends Paid", PayTriggers.UnknownAsync),
        new("slow-pay", "A pay answered only after the sandbox's slow delay (99.02; Gateway:SlowPayDelay, 30 s by default): the till times out first",
            "the SDK times out, polls payQuery and ends Paid once the late charge lands", PayTriggers.SlowAsync),
        new("buyer-confirms", "A pay that waits for the buyer to confirm on the phone (99.03: U/USER_PAYING)",
            "the SDK polls; the trigger confirms as the buyer; the flow ends Paid", PayTriggers.BuyerConfirmsAsync),
        new("declined", "A pay declined for the buyer's balance (99.05: F/BUYER_BALANCE_NOT_ENOUGH)",
            "the flow ends Failed (BUYER_BALANCE_NOT_ENOUGH), nothing charged", PayTriggers.DeclinedAsync),
        new("fraud", "A pay declined by risk control (99.06: F/FRAUD_REJECT)",
            "the flow ends Failed (FRAUD_REJECT), nothing charged", PayTriggers.FraudAsync),
        new("refund-fails", "A refund of 99.08 on a paid order: F/MERCHANT_BALANCE_NOT_ENOUGH",
            "the refund is refused and the payment stays SUCCESS", PayTriggers.RefundFailsAsync),
        new("notification-retried", "A payment notification whose first delivery fails (nobody listening), then is delivered again",
            "delivery 1 fails, delivery 2 is acknowledged by a local listener", NotificationTrigger.RunAsync),
        new("qr-paid", "A customer-scan QR order (preCreate 4.50) that the buyer scans and pays",
            "the till's wait (WaitForPaymentAsync) ends Paid", QrTrigger.RunAsync),
    ];

    public static Trigger? Find(string name) => All.FirstOrDefault(t => string.Equals(t.Name, name, StringComparison.OrdinalIgnoreCase));
}
