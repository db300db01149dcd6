using AlipayInStore.Protocol.Wire;

namespace AlipayInStore.Client;

/// <summary>A verified notification from the gateway: a payment's final state or an asynchronous refund's success.</summary>
public sealed class AlipayNotification
{
    internal AlipayNotification(RequestHead head, PayNotification? payment, RefundNotification? refund, string signedText)
    {
        Head = head;
        Payment = payment;
        Refund = refund;
        SignedText = signedText;
    }

    /// <summary><c>alipay.intl.acquiring.offline.notify.pay</c> or <c>alipay.intl.acquiring.common.notify.refund</c>.</summary>
    public string Function => Head.Function!;

    /// <summary>The request head (clientId, reqTime, reqMsgId of this delivery).</summary>
    public RequestHead Head { get; }

    /// <summary>The payment notification, when <see cref="Function"/> is notify.pay.</summary>
    public PayNotification? Payment { get; }

    /// <summary>The refund notification, when <see cref="Function"/> is notify.refund.</summary>
    public RefundNotification? Refund { get; }

    /// <summary>The exact signed text as received, for audit.</summary>
    public string SignedText { get; }

    /// <summary>
    /// The key that identifies this notification across deliveries (the gateway's reqMsgId may change between retries):
    /// <c>pay:&lt;acquirementId&gt;:&lt;resultStatus&gt;</c> or <c>refund:&lt;refundId or merchantRefundId&gt;</c>.
    /// </summary>
    public string DeduplicationKey => Payment is { } p
        ? $"pay:{p.PartnerId}:{p.AcquirementId ?? p.MerchantTransId}:{p.ResultInfo?.ResultStatus}"
        : $"refund:{Refund!.PartnerId}:{Refund.RefundId ?? Refund.MerchantRefundId}";
}
