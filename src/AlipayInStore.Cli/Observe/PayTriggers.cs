using AlipayInStore.Client;
using AlipayInStore.Protocol.Wire;

namespace AlipayInStore.Cli.Observe;

/// <summary>The merchant-scan situations, each through <see cref="AlipayInStoreClient.PayAndConfirmAsync"/> as a till runs it.</summary>
internal static class PayTriggers
{
    /// <summary>The SDK's timeout for <c>slow-pay</c>: shorter than the sandbox's slow answer (Gateway:SlowPayDelay, 30 s by default).</summary>
    public static readonly TimeSpan SlowPayTimeout = TimeSpan.FromSeconds(3);

    public static async Task UnknownAsync(TriggerContext context, TriggerReport report, CancellationToken ct)
    {
        var outcome = await FlowAsync(context, context.Client(), report, "9901", "unknown-pay", ct);
        report.AsPromised = outcome.IsPaid && outcome.Queries >= 1;
    }

    public static async Task SlowAsync(TriggerContext context, TriggerReport report, CancellationToken ct)
    {
        report.Step($"the SDK waits {SlowPayTimeout.TotalSeconds:0} s per attempt and makes one attempt; the sandbox answers 9902 only after its slow delay");
        var outcome = await FlowAsync(context, context.Client(SlowPayTimeout, maxAttempts: 1), report, "9902", "slow-pay", ct);
        report.AsPromised = outcome.IsPaid && outcome.Queries >= 1;
    }

    public static async Task BuyerConfirmsAsync(TriggerContext context, TriggerReport report, CancellationToken ct)
    {
        var client = context.Client();
        var transId = TriggerContext.NewTransId("confirm");
        var flow = client.PayAndConfirmAsync(context.Pay(transId, "9903", "Trigger buyer-confirms"), TriggerContext.QuickFlow, ct);
        var acquirementId = await AcquirementIdAsync(client, transId, ct);
        await context.Control.ConfirmAsync(acquirementId, cancellationToken: ct);
        report.Step("the buyer confirmed on the phone (POST /sandbox/transactions/{id}/confirm) while the till polled");
        var outcome = await flow;
        Describe(report, outcome);
        report.AsPromised = outcome.IsPaid;
    }

    public static async Task DeclinedAsync(TriggerContext context, TriggerReport report, CancellationToken ct)
    {
        var outcome = await FlowAsync(context, context.Client(), report, "9905", "declined", ct);
        report.AsPromised = outcome.Kind == PaymentOutcomeKind.Failed && outcome.ResultCode == "BUYER_BALANCE_NOT_ENOUGH";
    }

    public static async Task FraudAsync(TriggerContext context, TriggerReport report, CancellationToken ct)
    {
        var outcome = await FlowAsync(context, context.Client(), report, "9906", "fraud", ct);
        report.AsPromised = outcome.Kind == PaymentOutcomeKind.Failed && outcome.ResultCode == "FRAUD_REJECT";
    }

    public static async Task RefundFailsAsync(TriggerContext context, TriggerReport report, CancellationToken ct)
    {
        var client = context.Client();
        var paid = await FlowAsync(context, client, report, "10000", "refund-fails", ct);
        var refund = await client.RefundAsync(new RefundRequest
        {
            AcquirementId = paid.AcquirementId,
            MerchantRefundId = TriggerContext.NewTransId("refund"),
            RefundAmount = new Amount { Currency = "USD", Value = "9908" },
            IsSync = true,
        }, ct);
        report.Id("merchantRefundId", refund.Body.MerchantRefundId);
        var after = await client.QueryAsync(new PayQueryRequest { AcquirementId = paid.AcquirementId }, ct);
        report.Step($"the payment is unchanged: payQuery says {after.Body.AcquirementStatus}");
        report.Outcome = $"refund {refund.ResultStatus}/{refund.ResultCode}: {refund.ResultMessage}";
        report.AsPromised = paid.IsPaid && refund.IsFailed && refund.ResultCode == "MERCHANT_BALANCE_NOT_ENOUGH";
    }

    private static async Task<PaymentOutcome> FlowAsync(TriggerContext context, AlipayInStoreClient client, TriggerReport report, string minorUnits, string name, CancellationToken ct)
    {
        var transId = TriggerContext.NewTransId(name);
        report.Id("merchantTransId", transId);
        var outcome = await client.PayAndConfirmAsync(context.Pay(transId, minorUnits, "Trigger " + name), TriggerContext.QuickFlow, ct);
        Describe(report, outcome);
        return outcome;
    }

    private static void Describe(TriggerReport report, PaymentOutcome outcome)
    {
        report.Id("merchantTransId", outcome.MerchantTransId);
        report.Id("acquirementId", outcome.AcquirementId);
        report.Outcome = outcome.Kind + (outcome.Kind == PaymentOutcomeKind.Failed ? $" ({outcome.ResultCode})" : "") + $" — {outcome.Message}";
    }

    internal static async Task<string> AcquirementIdAsync(AlipayInStoreClient client, string transId, CancellationToken ct)
    {
        for (var i = 0; i < 150; i++)
        {
            var query = await client.QueryAsync(new PayQueryRequest { MerchantTransId = transId }, ct);
            if (query.IsSuccess && query.Body.AcquirementId is { } id)
            {
                return id;
            }
            await Task.Delay(200, ct);
        }
        throw new TimeoutException($"{transId} never appeared in payQuery");
    }
}
