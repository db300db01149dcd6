using System.Text;
using System.Text.Json.Serialization.Metadata;
using AlipayInStore.Protocol.Envelope;
using AlipayInStore.Protocol.Json;
using AlipayInStore.Protocol.Results;
using AlipayInStore.Protocol.Signing;
using AlipayInStore.Protocol.Wire;

namespace AlipayInStore.Client.Tests.Support;

/// <summary>What the stand-in gateway answers: signed envelopes (optionally tampered), HTTP errors, dropped connections, or a hang.</summary>
internal sealed class GatewayReply
{
    public int Status { get; init; } = 200;
    public byte[]? Bytes { get; init; }
    public bool Abort { get; init; }
    public bool Hang { get; init; }

    public static GatewayReply Dropped() => new() { Abort = true };

    public static GatewayReply NoAnswer() => new() { Hang = true };

    public static GatewayReply HttpStatus(int status) => new() { Status = status, Bytes = "{\"error\":\"unavailable\"}"u8.ToArray() };

    public static GatewayReply Signed<T>(GatewayCall call, T body, JsonTypeInfo<T> info, Func<string, string>? tamper = null, IMessageSigner? signer = null, bool unsigned = false, string? reqMsgId = null)
    {
        var head = new ResponseHead
        {
            Version = ApiFunctions.Version,
            Function = call.Function,
            ClientId = call.Head.ClientId,
            RespTime = "2026-11-27T10:15:01+08:00",
            ReqMsgId = reqMsgId ?? call.Head.ReqMsgId,
        };
        var envelope = EnvelopeWriter.Write("response", head, ProtocolJsonContext.Default.ResponseHead, body, info, unsigned ? null : signer ?? TestKeys.GatewaySigner);
        var text = tamper is null ? envelope.Text : tamper(envelope.Text);
        return new GatewayReply { Bytes = Encoding.UTF8.GetBytes(text) };
    }

    /// <summary>An answer whose body is <paramref name="bodyJson"/> exactly as given, signed with the gateway's key.</summary>
    public static GatewayReply SignedRaw(GatewayCall call, string bodyJson)
    {
        var head = new ResponseHead
        {
            Version = ApiFunctions.Version, Function = call.Function, ClientId = call.Head.ClientId,
            RespTime = "2026-11-27T10:15:01+08:00", ReqMsgId = call.Head.ReqMsgId,
        };
        var content = "{\"head\":" + System.Text.Json.JsonSerializer.Serialize(head, ProtocolJsonContext.Default.ResponseHead) + ",\"body\":" + bodyJson + "}";
        var signature = TestKeys.GatewaySigner.Sign(Encoding.UTF8.GetBytes(content));
        return new GatewayReply { Bytes = Encoding.UTF8.GetBytes("{\"response\":" + content + ",\"signature\":\"" + signature + "\"}") };
    }

    public static GatewayReply Pay(GatewayCall call, ResultCode code, Func<string, string>? tamper = null) =>
        Signed(call, new PayResponse
        {
            ResultInfo = code.ToInfo(),
            AcquirementId = "2026112711121280010016600000001",
            MerchantTransId = call.BodyString("merchantTransId"),
            OrderAmount = new Amount { Currency = "USD", Value = "1250" },
            PayAmount = code.IsSuccess ? new Amount { Currency = "USD", Value = "1250" } : null,
            PaymentTime = code.IsSuccess ? "2026-11-27T10:15:01+08:00" : null,
        }, ProtocolJsonContext.Default.PayResponse, tamper);

    public static GatewayReply Query(GatewayCall call, string acquirementStatus) =>
        Signed(call, new PayQueryResponse
        {
            ResultInfo = ResultCodes.Success.ToInfo(),
            AcquirementId = "2026112711121280010016600000001",
            MerchantTransId = call.BodyString("merchantTransId"),
            AcquirementStatus = acquirementStatus,
            OrderAmount = new Amount { Currency = "USD", Value = "1250" },
        }, ProtocolJsonContext.Default.PayQueryResponse);

    public static GatewayReply QueryFailed(GatewayCall call, ResultCode code) =>
        Signed(call, new PayQueryResponse { ResultInfo = code.ToInfo() }, ProtocolJsonContext.Default.PayQueryResponse);

    public static GatewayReply Cancel(GatewayCall call, ResultCode code) =>
        Signed(call, new PayCancelResponse
        {
            ResultInfo = code.ToInfo(),
            AcquirementId = "2026112711121280010016600000001",
            MerchantTransId = call.BodyString("merchantTransId"),
        }, ProtocolJsonContext.Default.PayCancelResponse);

    public static GatewayReply PreCreate(GatewayCall call) =>
        Signed(call, new PreCreateResponse
        {
            ResultInfo = ResultCodes.Success.ToInfo(),
            AcquirementId = "2026112711121280010016600000002",
            MerchantTransId = call.BodyString("merchantTransId"),
            OrderQrCode = "https://qr.sandbox.example/o/2026112711121280010016600000002",
        }, ProtocolJsonContext.Default.PreCreateResponse);
}
