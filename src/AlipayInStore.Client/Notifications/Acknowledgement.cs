using AlipayInStore.Client.Internal;
using AlipayInStore.Protocol.Envelope;
using AlipayInStore.Protocol.Json;
using AlipayInStore.Protocol.Results;
using AlipayInStore.Protocol.Validation;
using AlipayInStore.Protocol.Wire;

namespace AlipayInStore.Client.Notifications;

/// <summary>The merchant's answer to a notification: a response envelope for the same function, signed with the merchant's key.</summary>
internal static class Acknowledgement
{
    public static byte[] Write(string function, string? reqMsgId, string? clientId, ResultInfo info, AlipayCredentials credentials, TimeProvider time)
    {
        var head = new ResponseHead
        {
            Version = ApiFunctions.Version,
            Function = function,
            ClientId = clientId,
            RespTime = Rfc3339.Format(time.GetLocalNow()),
            ReqMsgId = reqMsgId,
        };
        var body = new AcknowledgementBody { ResultInfo = info };
        return EnvelopeWriter.Write("response", head, ProtocolJsonContext.Default.ResponseHead, body,
            ProtocolJsonContext.Default.AcknowledgementBody, credentials.Signer, credentials.Encoding).Bytes;
    }

    public static ResultInfo Success => ResultCodes.Success.ToInfo("success");
}
