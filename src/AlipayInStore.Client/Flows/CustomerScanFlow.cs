using AlipayInStore.Client.Telemetry;

namespace AlipayInStore.Client.Flows;

/// <summary>Customer-scan: wait for the buyer by notification or polling until the order expires, then cancel.</summary>
internal static class CustomerScanFlow
{
    public static async Task<PaymentOutcome> WaitAsync(
        AlipayInStoreClient client, QrOrder order, PaymentFlowOptions flow, PaymentSignals? signals, TimeProvider time, CancellationToken cancellationToken)
    {
        // One parent span over poll → cancel of this order.
        using var span = ClientTelemetry.StartFlow("alipay WaitForPayment", client.ClientId);
        var outcome = await WaitCoreAsync(client, order, flow, signals, time, cancellationToken).ConfigureAwait(false);
        ClientTelemetry.FlowEnded(span, outcome);
        return outcome;
    }

    private static async Task<PaymentOutcome> WaitCoreAsync(
        AlipayInStoreClient client, QrOrder order, PaymentFlowOptions flow, PaymentSignals? signals, TimeProvider time, CancellationToken cancellationToken)
    {
        var settler = new TransactionSettler(client, flow, time, order.MerchantTransId) { AcquirementId = order.AcquirementId };
        if (!order.IsCreated)
        {
            return settler.Outcome(PaymentOutcomeKind.Failed, order.Result.ResultCode, $"The order was not created: {order.Result.ResultMessage ?? order.Result.ResultCode}.");
        }
        try
        {
            while (true)
            {
                if (await settler.QueryAsync(cancellationToken).ConfigureAwait(false) is { } final)
                {
                    return final;
                }
                var left = order.ExpiresAt - time.GetUtcNow();
                if (left <= TimeSpan.Zero)
                {
                    break;
                }
                await WaitForSignalOrDelayAsync(order.MerchantTransId, left < flow.PollInterval ? left : flow.PollInterval, signals, time, cancellationToken).ConfigureAwait(false);
            }
        }
        finally
        {
            signals?.Forget(order.MerchantTransId);
        }
        return await settler.CancelAsync("The order expired before the buyer paid.", cancellationToken).ConfigureAwait(false);
    }

    private static async Task WaitForSignalOrDelayAsync(string merchantTransId, TimeSpan wait, PaymentSignals? signals, TimeProvider time, CancellationToken cancellationToken)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var delay = Task.Delay(wait, time, stop.Token);
        var tasks = signals is null ? [delay] : new[] { delay, signals.WaitAsync(merchantTransId, stop.Token) };
        await Task.WhenAny(tasks).ConfigureAwait(false);
        await stop.CancelAsync().ConfigureAwait(false);
        cancellationToken.ThrowIfCancellationRequested();
    }
}
