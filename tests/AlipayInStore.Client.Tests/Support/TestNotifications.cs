using System.Net.Http.Headers;
using AlipayInStore.Protocol.Envelope;
using AlipayInStore.Protocol.Json;
using AlipayInStore.Protocol.Results;
using AlipayInStore.Protocol.Signing;
using AlipayInStore.Protocol.Wire;

namespace AlipayInStore.Client.Tests.Support;

/// <summary>Notifications as the gateway sends them: request envelopes signed with the gateway's key.</summary>
internal static class TestNotifications
{
    public static SignedEnvelope Pay(string reqMsgId, string acquirementId = "2026112711121280010016600000001", IMessageSigner? signer = null) =>
        EnvelopeWriter.Write("request", Head(ApiFunctions.NotifyPay, reqMsgId), ProtocolJsonContext.Default.RequestHead,
            new PayNotification
            {
                ResultInfo = ResultCodes.Success.ToInfo(),
                PartnerId = TestKeys.PartnerId,
                AcquirementId = acquirementId,
                MerchantTransId = "T-NOTIFY-1",
                OrderAmount = new Amount { Currency = "USD", Value = "1250" },
                PayAmount = new Amount { Currency = "USD", Value = "1250" },
                ConversionRate = ExchangeRate.Between("USD", "USD", "1"),
                PaymentTime = "2026-11-27T10:15:01+08:00",
            },
            ProtocolJsonContext.Default.PayNotification, signer ?? TestKeys.GatewaySigner);

    public static SignedEnvelope Refund(string reqMsgId) =>
        EnvelopeWriter.Write("request", Head(ApiFunctions.NotifyRefund, reqMsgId), ProtocolJsonContext.Default.RequestHead,
            new RefundNotification
            {
                ResultInfo = ResultCodes.Success.ToInfo(),
                PartnerId = TestKeys.PartnerId,
                AcquirementId = "2026112711121280010016600000001",
                MerchantRefundId = "R-1",
                RefundId = "2026112799000001",
                RefundAmount = new Amount { Currency = "USD", Value = "250" },
                RefundTime = "2026-11-27T11:00:00+08:00",
            },
            ProtocolJsonContext.Default.RefundNotification, TestKeys.GatewaySigner);

    /// <summary>A pay notification whose body is <paramref name="bodyJson"/> exactly, signed with the gateway's key.</summary>
    public static byte[] PayWithBody(string reqMsgId, string bodyJson)
    {
        var head = System.Text.Json.JsonSerializer.Serialize(Head(ApiFunctions.NotifyPay, reqMsgId), ProtocolJsonContext.Default.RequestHead);
        var content = "{\"head\":" + head + ",\"body\":" + bodyJson + "}";
        var signature = TestKeys.GatewaySigner.Sign(System.Text.Encoding.UTF8.GetBytes(content));
        return System.Text.Encoding.UTF8.GetBytes("{\"request\":" + content + ",\"signature\":\"" + signature + "\"}");
    }

    public static async Task<(int Status, RawEnvelope Ack)> DeliverAsync(string url, byte[] body)
    {
        using var http = new HttpClient();
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse("application/json; charset=UTF-8");
        using var response = await http.PostAsync(url, content);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.True(EnvelopeReader.TryRead(bytes, "response", out var ack, out var error), error);
        return ((int)response.StatusCode, ack);
    }

    public static AcknowledgementBody Body(RawEnvelope ack)
    {
        Assert.True(EnvelopeReader.TryParse(ack.Body, ProtocolJsonContext.Default.AcknowledgementBody, "body", out var body, out var error), error);
        return body;
    }

    public static ResponseHead AckHead(RawEnvelope ack)
    {
        Assert.True(EnvelopeReader.TryParse(ack.Head, ProtocolJsonContext.Default.ResponseHead, "head", out var head, out var error), error);
        return head;
    }

    private static RequestHead Head(string function, string reqMsgId) => new()
    {
        Version = ApiFunctions.Version,
        Function = function,
        ClientId = TestKeys.ClientId,
        ReqTime = "2026-11-27T10:15:02+08:00",
        ReqMsgId = reqMsgId,
        SignType = "RSA2",
    };
}
