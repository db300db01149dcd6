using AlipayInStore.Protocol.Wire;

namespace AlipayInStore.Cli.Observe;

/// <summary><c>qr-paid</c>: preCreate a QR order, let the buyer scan and pay it, and wait as a till does (WaitForPaymentAsync).</summary>
internal static class QrTrigger
{
    public static async Task RunAsync(TriggerContext context, TriggerReport report, CancellationToken ct)
    {
        var client = context.Client();
        var transId = TriggerContext.NewTransId("qr");
        report.Id("merchantTransId", transId);
        var order = await client.CreateQrOrderAsync(new PreCreateRequest
        {
            MerchantTransId = transId,
            Order = new Order { OrderTitle = "Trigger qr-paid", OrderAmount = new Amount { Currency = "USD", Value = "450" } },
        }, ct);
        report.Id("acquirementId", order.AcquirementId);
        report.Id("orderQrCode", order.QrCodeUrl);
        if (!order.IsCreated)
        {
            report.Outcome = $"the order was not created: {order.Result}";
            return;
        }
        var waiting = client.WaitForPaymentAsync(order, TriggerContext.QuickFlow, ct);
        await Task.Delay(TimeSpan.FromSeconds(1), ct);
        await context.Control.ConfirmAsync(order.AcquirementId!, "alice", ct);
        report.Step("alice scanned the code and paid (POST /sandbox/transactions/{id}/confirm) while the till waited");
        var outcome = await waiting;
        report.Outcome = $"{outcome.Kind} — {outcome.Message}";
        report.AsPromised = outcome.IsPaid;
    }
}
