using System.Text.Json;
using AlipayInStore.Protocol.Envelope;
using AlipayInStore.Protocol.Wire;

namespace AlipayInStore.Client.Tests.Support;

/// <summary>One request the stand-in gateway received, as it travelled.</summary>
internal sealed record GatewayCall(string Path, string? ContentType, byte[] Bytes, RawEnvelope Envelope, RequestHead Head, JsonElement Body, bool SignatureVerifies)
{
    public string Function => Head.Function!;

    /// <summary>The W3C <c>traceparent</c> header the request carried, if any.</summary>
    public string? TraceParent { get; init; }

    public string? BodyString(string name) => Body.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
}
