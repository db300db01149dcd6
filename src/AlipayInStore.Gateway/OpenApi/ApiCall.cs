using AlipayInStore.Gateway.Merchants;
using AlipayInStore.Protocol.Envelope;
using AlipayInStore.Protocol.Signing;
using AlipayInStore.Protocol.Wire;

namespace AlipayInStore.Gateway.OpenApi;

/// <summary>What the pipeline learned about one request so far; it decides how the answer is signed.</summary>
internal sealed class ApiCall(Exchange exchange, string? pathFunction)
{
    public Exchange Exchange { get; } = exchange;

    /// <summary>The function the path serves, or null for an unknown path.</summary>
    public string? PathFunction { get; } = pathFunction;
    public RawEnvelope? Envelope { get; set; }
    public RequestHead? Head { get; set; }

    /// <summary>Set once the caller is identified; from then on answers are signed.</summary>
    public Merchant? Merchant { get; set; }
    public string SignType { get; set; } = SignTypes.Rsa2;
    public SignatureEncoding Encoding { get; set; } = SignatureEncoding.Base64;
}
