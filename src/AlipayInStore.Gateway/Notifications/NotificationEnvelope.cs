using System.Security.Cryptography;
using System.Text.Json;
using AlipayInStore.Gateway.Merchants;
using AlipayInStore.Protocol.Envelope;
using AlipayInStore.Protocol.Json;
using AlipayInStore.Protocol.Signing;
using AlipayInStore.Protocol.Validation;
using AlipayInStore.Protocol.Wire;

namespace AlipayInStore.Gateway.Notifications;

/// <summary>Builds the request envelope of one delivery: a fresh head, the stored body, signed as a request is (§2, §3).</summary>
internal static class NotificationEnvelope
{
    /// <summary>A unique message id per delivery: the notification, the delivery number and a random part.</summary>
    public static string NewReqMsgId(Notification notification, int number) =>
        $"N{notification.Id}-{number}-{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6))}";

    public static SignedEnvelope Write(Notification notification, Merchant merchant, string reqMsgId, string signType, IMessageSigner signer, DateTimeOffset now, TimeSpan offset)
    {
        var head = new RequestHead
        {
            Version = ApiFunctions.Version,
            Function = notification.Function,
            ClientId = merchant.ClientId,
            ReqTime = Rfc3339.Format(now, offset),
            ReqMsgId = reqMsgId,
            SignType = signType,
        };
        var context = ProtocolJsonContext.Default;
        return notification.Function switch
        {
            ApiFunctions.NotifyPay => EnvelopeWriter.Write("request", head, context.RequestHead,
                JsonSerializer.Deserialize(notification.BodyJson, context.PayNotification)!, context.PayNotification, signer),
            ApiFunctions.NotifyRefund => EnvelopeWriter.Write("request", head, context.RequestHead,
                JsonSerializer.Deserialize(notification.BodyJson, context.RefundNotification)!, context.RefundNotification, signer),
            _ => throw new InvalidOperationException($"'{notification.Function}' is not a notification function"),
        };
    }

    /// <summary>
    /// The sign type the merchant signs with: that of its latest request whose signature verified; without one,
    /// RSA2 unless the merchant has only a SHA256 key.
    /// </summary>
    public static string SignTypeOf(Merchant merchant, string? latestVerifiedSignType) =>
        latestVerifiedSignType is SignTypes.Rsa2 or SignTypes.Sha256 ? latestVerifiedSignType
        : merchant.RsaPublicKeyPem is null && merchant.Sha256Key is { Length: > 0 } ? SignTypes.Sha256
        : SignTypes.Rsa2;
}
