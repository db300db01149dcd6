using AlipayInStore.Client.Telemetry;
using AlipayInStore.Protocol.Wire;

namespace AlipayInStore.Client.Flows;

/// <summary>Merchant-scan: pay; on U or a timeout poll payQuery; if nothing final arrives, cancel.</summary>
internal static class BarcodePaymentFlow
{
    public static async Task<PaymentOutcome> RunAsync(
        AlipayInStoreClient client, PayRequest request, PaymentFlowOptions flow, TimeProvider time, CancellationToken cancellationToken)
    {
        // One parent span over pay → poll → cancel, so a trace shows the whole decision the till made.
        using var span = ClientTelemetry.StartFlow("alipay PayAndConfirm", client.ClientId);
        var outcome = await RunCoreAsync(client, request, flow, time, cancellationToken).ConfigureAwait(false);
        ClientTelemetry.FlowEnded(span, outcome);
        return outcome;
    }

    private static async Task<PaymentOutcome> RunCoreAsync(
        AlipayInStoreClient client, PayRequest request, PaymentFlowOptions flow, TimeProvider time, CancellationToken cancellationToken)
    {
        var settler = new TransactionSettler(client, flow, time, request.MerchantTransId!);
        string why;
        try
        {
            var pay = await client.PayAsync(request, cancellationToken).ConfigureAwait(false);
            settler.AcquirementId = pay.Body.AcquirementId;
            if (pay.IsSuccess)
            {
                return settler.Paid(pay.Body.PayAmount, pay.Body.PaymentTime, "Paid.");
            }
            if (pay.IsFailed)
            {
                return settler.Outcome(PaymentOutcomeKind.Failed, pay.ResultCode, $"The payment failed: {pay.ResultMessage ?? pay.ResultCode}.");
            }
            why = $"The payment stayed {pay.ResultCode}.";
        }
        catch (AlipayTransportException ex)
        {
            why = ex.IsTimeout ? "The gateway did not answer in time." : "The gateway could not be reached.";
        }
        catch (Exception ex) when (ex is AlipaySignatureException or AlipayResponseException)
        {
            // An answer that does not verify says nothing: the payment may or may not have happened, so settle it by query.
            why = "The gateway's answer could not be trusted (" + ex.Message + ").";
        }

        var polls = Math.Max(1, (int)Math.Ceiling(flow.PollDuration / flow.PollInterval));
        for (var i = 0; i < polls; i++)
        {
            await Task.Delay(flow.PollInterval, time, cancellationToken).ConfigureAwait(false);
            if (await settler.QueryAsync(cancellationToken).ConfigureAwait(false) is { } final)
            {
                return final;
            }
        }
        return await settler.CancelAsync(why + " No final status arrived in time.", cancellationToken).ConfigureAwait(false);
    }
}
