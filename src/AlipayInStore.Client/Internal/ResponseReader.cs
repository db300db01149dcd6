using System.Text.Json.Serialization.Metadata;
using AlipayInStore.Protocol.Envelope;
using AlipayInStore.Protocol.Json;
using AlipayInStore.Protocol.Signing;
using AlipayInStore.Protocol.Wire;

namespace AlipayInStore.Client.Internal;

/// <summary>Turns the gateway's raw answer into a verified result, or refuses it.</summary>
internal static class ResponseReader
{
    public static AlipayResult<TResp> Read<TResp>(
        byte[] bytes, int status, string function, string reqMsgId, IMessageVerifier verifier,
        JsonTypeInfo<TResp> info, Func<TResp, ResultInfo?> resultOf, int attempts)
        where TResp : class
    {
        if (!EnvelopeReader.TryRead(bytes, "response", out var envelope, out var error))
        {
            throw new AlipayResponseException($"{function}: the gateway's answer (HTTP {status}) is not a response envelope: {error}.", function, status);
        }
        if (!verifier.Verify(envelope.SignedContent.Span, envelope.Signature))
        {
            var claimed = ClaimedCode(envelope);
            var why = envelope.Signature is null ? "has no signature" : $"has a signature that does not verify with the configured {verifier.SignType} gateway key";
            throw new AlipaySignatureException(
                $"{function}: the response {why}; it was refused" + (claimed is null ? "." : $" (it claimed {claimed}, which is not trusted)."),
                function, claimed);
        }
        if (!EnvelopeReader.TryParse(envelope.Head, ProtocolJsonContext.Default.ResponseHead, "response.head", out var head, out error)
            || !EnvelopeReader.TryParse(envelope.Body, info, "response.body", out var body, out error))
        {
            throw new AlipayResponseException($"{function}: the signed response cannot be read: {error}.", function, status);
        }
        if (head.Function is not null && head.Function != function)
        {
            throw new AlipayResponseException($"{function}: the response is for '{head.Function}'.", function, status);
        }
        if (head.ReqMsgId is not null && head.ReqMsgId != reqMsgId)
        {
            throw new AlipayResponseException($"{function}: the response answers reqMsgId '{head.ReqMsgId}', not '{reqMsgId}'.", function, status);
        }
        return new AlipayResult<TResp>(body, resultOf(body), head, attempts);
    }

    private static string? ClaimedCode(RawEnvelope envelope) =>
        EnvelopeReader.TryParse(envelope.Body, ProtocolJsonContext.Default.AcknowledgementBody, "body", out var body, out _)
            ? body.ResultInfo?.ResultCode
            : null;
}
