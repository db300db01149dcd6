using AlipayInStore.Protocol.Wire;

namespace AlipayInStore.Client.Flows;

/// <summary>The query and cancel steps shared by the barcode and customer-scan flows.</summary>
internal sealed class TransactionSettler(AlipayInStoreClient client, PaymentFlowOptions flow, TimeProvider time, string merchantTransId)
{
    public string? AcquirementId { get; set; }

    public int Queries { get; private set; }

    public int Cancels { get; private set; }

    public string? LastCode { get; private set; }

    /// <summary>Queries once; the outcome when the status is final, else null (waiting, unknown, or not reachable).</summary>
    public async Task<PaymentOutcome?> QueryAsync(CancellationToken cancellationToken)
    {
        Queries++;
        AlipayResult<PayQueryResponse> result;
        try
        {
            result = await client.QueryAsync(new PayQueryRequest { MerchantTransId = merchantTransId }, cancellationToken).ConfigureAwait(false);
        }
        catch (AlipayTransportException)
        {
            return null;
        }
        if (!result.IsSuccess)
        {
            LastCode = result.ResultCode;
            return null;
        }
        AcquirementId ??= result.Body.AcquirementId;
        return result.Body.AcquirementStatus switch
        {
            AcquirementStatuses.Success => Paid(result.Body.PayAmount, result.Body.PaymentTime, "Paid (confirmed by query)."),
            AcquirementStatuses.Closed => Outcome(PaymentOutcomeKind.Failed, "ORDER_IS_CLOSED", "The payment failed or expired; nothing was charged."),
            AcquirementStatuses.Cancelled => Outcome(PaymentOutcomeKind.Cancelled, "CANCELLED", "The transaction was cancelled."),
            _ => null,
        };
    }

    /// <summary>Cancels, retrying unknown answers and transport failures; Cancelled or NeedsAttention.</summary>
    public async Task<PaymentOutcome> CancelAsync(string why, CancellationToken cancellationToken)
    {
        var attempts = Math.Max(1, flow.CancelAttempts);
        for (var i = 1; i <= attempts; i++)
        {
            if (i > 1)
            {
                await Task.Delay(flow.CancelInterval, time, cancellationToken).ConfigureAwait(false);
            }
            Cancels++;
            try
            {
                var request = new PayCancelRequest { MerchantTransId = merchantTransId };
                var result = await client.CancelAsync(request, cancellationToken).ConfigureAwait(false);
                LastCode = result.ResultCode;
                AcquirementId ??= result.Body.AcquirementId;
                if (result.IsSuccess)
                {
                    return Outcome(PaymentOutcomeKind.Cancelled, result.ResultCode, $"{why} The transaction was cancelled; anything charged goes back to the buyer.");
                }
                if (result.IsFailed)
                {
                    // A final refusal (e.g. CANCEL_WINDOW_EXPIRED) will not change by asking again.
                    break;
                }
            }
            catch (AlipayTransportException ex)
            {
                LastCode = ex.IsTimeout ? "TIMEOUT" : "NETWORK_ERROR";
            }
        }
        return Outcome(PaymentOutcomeKind.NeedsAttention, LastCode,
            $"{why} The cancel did not go through ({LastCode}): keep merchantTransId {merchantTransId} and query it later, then cancel or refund.");
    }

    public PaymentOutcome Paid(Amount? payAmount, string? paymentTime, string message) =>
        new(PaymentOutcomeKind.Paid, merchantTransId, AcquirementId, "SUCCESS", message)
        {
            PayAmount = payAmount,
            PaymentTime = paymentTime,
            Queries = Queries,
            CancelAttempts = Cancels,
        };

    public PaymentOutcome Outcome(PaymentOutcomeKind kind, string? code, string message) =>
        new(kind, merchantTransId, AcquirementId, code, message) { Queries = Queries, CancelAttempts = Cancels };
}
