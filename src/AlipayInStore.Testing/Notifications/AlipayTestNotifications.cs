using System.Globalization;
using AlipayInStore.Protocol.Envelope;
using AlipayInStore.Protocol.Json;
using AlipayInStore.Protocol.Keys;
using AlipayInStore.Protocol.Money;
using AlipayInStore.Protocol.Results;
using AlipayInStore.Protocol.Signing;
using AlipayInStore.Protocol.Validation;
using AlipayInStore.Protocol.Wire;

namespace AlipayInStore.Testing;

/// <summary>
/// Builds notifications exactly as the gateway sends them (<c>notify.pay</c>, <c>notify.refund</c> request envelopes
/// signed with the gateway's key), to post to a till's receiver in its own tests.
/// </summary>
public sealed class AlipayTestNotifications
{
    private readonly IMessageSigner _signer;
    private readonly string _clientId;
    private readonly string _partnerId;
    private readonly TimeProvider _time;

    internal AlipayTestNotifications(IMessageSigner signer, string clientId, string partnerId, TimeProvider time)
    {
        _signer = signer;
        _clientId = clientId;
        _partnerId = partnerId;
        _time = time;
    }

    /// <summary>Notifications signed with a gateway private key of your own (the receiver must trust its public key).</summary>
    /// <param name="gatewayPrivateKeyPem">The gateway private key (PEM) whose public key the receiver is configured with.</param>
    /// <param name="clientId">The merchant's Client ID (<c>head.clientId</c>).</param>
    /// <param name="partnerId">The merchant's Partner ID.</param>
    /// <param name="timeProvider">The clock for <c>reqTime</c> and the payment times; the system clock by default.</param>
    public static AlipayTestNotifications SignedWith(string gatewayPrivateKeyPem, string clientId, string partnerId, TimeProvider? timeProvider = null) =>
        new(new Rsa2Signer(RsaPrivateKey.Load(gatewayPrivateKeyPem)), clientId, partnerId, timeProvider ?? TimeProvider.System);

    /// <summary>A <c>notify.pay</c> for a successful payment.</summary>
    /// <param name="acquirementId">The gateway's transaction id.</param>
    /// <param name="merchantTransId">The merchant's transaction id.</param>
    /// <param name="minorUnits">The amount in minor units, e.g. 1250 for USD 12.50.</param>
    /// <param name="currency">ISO 4217 code.</param>
    /// <param name="reqMsgId">The delivery's id; a fresh one when null (a redelivery keeps the business ids and changes this).</param>
    public SignedNotification Payment(string acquirementId, string merchantTransId, long minorUnits, string currency = "USD", string? reqMsgId = null)
    {
        var amount = Amount.From(new Money(minorUnits, currency));
        var body = new PayNotification
        {
            ResultInfo = ResultCodes.Success.ToInfo(),
            PartnerId = _partnerId,
            AcquirementId = acquirementId,
            MerchantTransId = merchantTransId,
            OrderAmount = amount,
            PayAmount = amount,
            ConversionRate = ExchangeRate.Between(currency, currency, "1"),
            PaymentTime = Now(),
        };
        return Sign(ApiFunctions.NotifyPay, reqMsgId, h => EnvelopeWriter.Write("request", h, ProtocolJsonContext.Default.RequestHead, body, ProtocolJsonContext.Default.PayNotification, _signer));
    }

    /// <summary>A <c>notify.refund</c> for a successful refund.</summary>
    /// <param name="acquirementId">The refunded transaction.</param>
    /// <param name="merchantRefundId">The merchant's refund id.</param>
    /// <param name="minorUnits">The refunded amount in minor units.</param>
    /// <param name="currency">ISO 4217 code.</param>
    /// <param name="reqMsgId">The delivery's id; a fresh one when null.</param>
    public SignedNotification Refund(string acquirementId, string merchantRefundId, long minorUnits, string currency = "USD", string? reqMsgId = null)
    {
        var body = new RefundNotification
        {
            ResultInfo = ResultCodes.Success.ToInfo(),
            PartnerId = _partnerId,
            AcquirementId = acquirementId,
            MerchantRefundId = merchantRefundId,
            RefundId = "R" + acquirementId,
            RefundAmount = Amount.From(new Money(minorUnits, currency)),
            RefundTime = Now(),
        };
        return Sign(ApiFunctions.NotifyRefund, reqMsgId, h => EnvelopeWriter.Write("request", h, ProtocolJsonContext.Default.RequestHead, body, ProtocolJsonContext.Default.RefundNotification, _signer));
    }

    private SignedNotification Sign(string function, string? reqMsgId, Func<RequestHead, SignedEnvelope> write)
    {
        var head = new RequestHead
        {
            Version = ApiFunctions.Version,
            Function = function,
            ClientId = _clientId,
            ReqTime = Now(),
            ReqMsgId = reqMsgId ?? "notify-" + Guid.NewGuid().ToString("N", CultureInfo.InvariantCulture),
            SignType = _signer.SignType,
        };
        return new SignedNotification(function, head.ReqMsgId, write(head).Bytes);
    }

    private string Now() => Rfc3339.Format(_time.GetUtcNow(), TimeSpan.FromHours(8));
}
