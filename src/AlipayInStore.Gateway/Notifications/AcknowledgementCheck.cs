using AlipayInStore.Gateway.Merchants;
using AlipayInStore.Protocol.Envelope;
using AlipayInStore.Protocol.Json;
using AlipayInStore.Protocol.Results;

namespace AlipayInStore.Gateway.Notifications;

/// <summary>
/// Judges a receiver's answer (PROTOCOL.md §6): HTTP 200, a response envelope for the same function, resultInfo
/// S/SUCCESS/00000000, signed with the merchant's key when the merchant has one for the sign type. The sandbox
/// accepts an unsigned acknowledgement with a warning (for the acceptance kit); production counts it as a failure.
/// </summary>
internal static class AcknowledgementCheck
{
    /// <summary>(null, warning) when acknowledged; (error, null) when the delivery failed.</summary>
    public static (string? Error, string? Warning) Judge(
        int httpStatus, ReadOnlyMemory<byte> body, string function, Merchant merchant, string signType, MerchantCredentials credentials, bool sandbox)
    {
        if (httpStatus != 200)
        {
            return ($"HTTP {httpStatus}: an acknowledgement comes with HTTP 200", null);
        }
        if (!EnvelopeReader.TryRead(body, "response", out var envelope, out var error))
        {
            return ($"the answer is not a response envelope: {error}", null);
        }
        if (!EnvelopeReader.TryParse(envelope.Head, ProtocolJsonContext.Default.ResponseHead, "response.head", out var head, out error))
        {
            return ($"the acknowledgement's head cannot be read: {error}", null);
        }
        if (head.Function != function)
        {
            return ($"response.head.function is '{head.Function}', not '{function}'", null);
        }
        if (!EnvelopeReader.TryParse(envelope.Body, ProtocolJsonContext.Default.AcknowledgementBody, "response.body", out var ack, out error))
        {
            return ($"the acknowledgement's body cannot be read: {error}", null);
        }
        var info = ack.ResultInfo;
        var success = ResultCodes.Success;
        if (info is null || info.ResultStatus != success.Status || info.ResultCode != success.Code || info.ResultCodeId != success.CodeId)
        {
            return ($"response.body.resultInfo is {info?.ResultStatus ?? "-"}/{info?.ResultCode ?? "-"}/{info?.ResultCodeId ?? "-"}, not S/SUCCESS/00000000", null);
        }
        var verifier = credentials.VerifierFor(merchant, signType, out _);
        if (envelope.Signature is null)
        {
            return verifier is null || sandbox
                ? (null, "the acknowledgement is not signed; production requires the merchant's signature")
                : ("the acknowledgement is not signed with the merchant's key", null);
        }
        if (verifier is null)
        {
            return (null, $"the acknowledgement's signature was not checked: the merchant has no {signType} key");
        }
        return verifier.Verify(envelope.SignedContent.Span, envelope.Signature)
            ? (null, null)
            : ($"the acknowledgement's {signType} signature does not verify with the merchant's key", null);
    }

    /// <summary>The answer's resultInfo as "status/code", or null when the answer is not a readable response envelope.</summary>
    public static string? ResultOf(ReadOnlyMemory<byte> body) =>
        EnvelopeReader.TryRead(body, "response", out var envelope, out _)
        && EnvelopeReader.TryParse(envelope.Body, ProtocolJsonContext.Default.AcknowledgementBody, "response.body", out var ack, out _)
        && ack.ResultInfo is { } info
            ? $"{info.ResultStatus}/{info.ResultCode}"
            : null;
}
