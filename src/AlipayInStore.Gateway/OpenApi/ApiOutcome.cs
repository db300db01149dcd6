using System.Text.Json.Serialization.Metadata;
using AlipayInStore.Protocol.Envelope;
using AlipayInStore.Protocol.Json;
using AlipayInStore.Protocol.Results;
using AlipayInStore.Protocol.Signing;
using AlipayInStore.Protocol.Wire;

namespace AlipayInStore.Gateway.OpenApi;

/// <summary>The answer to one call: its result and how to write the body into a signed envelope.</summary>
internal sealed class ApiOutcome
{
    private readonly Func<ResponseHead, IMessageSigner?, SignatureEncoding, SignedEnvelope> _write;

    private ApiOutcome(ResultInfo result, Func<ResponseHead, IMessageSigner?, SignatureEncoding, SignedEnvelope> write)
    {
        Result = result;
        _write = write;
    }

    public ResultInfo Result { get; }

    public static ApiOutcome Of<T>(T body, JsonTypeInfo<T> info, ResultInfo result) =>
        new(result, (head, signer, encoding) => EnvelopeWriter.Write("response", head, ProtocolJsonContext.Default.ResponseHead, body, info, signer, encoding));

    public static ApiOutcome Error(ResultCode code, string? message = null)
    {
        var result = code.ToInfo(message);
        return Of(new ResultBody { ResultInfo = result }, ProtocolJsonContext.Default.ResultBody, result);
    }

    public SignedEnvelope Write(ResponseHead head, IMessageSigner? signer, SignatureEncoding encoding) => _write(head, signer, encoding);
}
