using AlipayInStore.Gateway.Merchants;
using AlipayInStore.Gateway.OpenApi.Functions;
using AlipayInStore.Protocol.Envelope;
using AlipayInStore.Protocol.Signing;
using AlipayInStore.Protocol.Wire;

namespace AlipayInStore.Gateway.OpenApi;

/// <summary>
/// What the pipeline learned about one request so far: it decides how the answer is signed, and the
/// <see cref="Exchange"/> recorded at the end is made from it once.
/// </summary>
internal sealed class ApiCall(DateTimeOffset at, string path, string? pathFunction)
{
    public DateTimeOffset At { get; } = at;
    public string Path { get; } = path;

    /// <summary>The function the path serves, or null for an unknown path.</summary>
    public string? PathFunction { get; } = pathFunction;
    public RawEnvelope? Envelope { get; private set; }
    public RequestHead? Head { get; private set; }

    /// <summary>Set once the caller is identified; from then on answers are signed.</summary>
    public Merchant? Merchant { get; private set; }
    public string? SignType { get; private set; }
    public SignatureEncoding Encoding { get; private set; } = SignatureEncoding.Base64;

    /// <summary><c>valid</c>, <c>invalid</c>, <c>missing</c>, <c>no-key</c> or <c>not-checked</c>.</summary>
    public string Verification { get; private set; } = "not-checked";
    public string? PartnerId { get; private set; }
    public RequestIds Ids { get; private set; }

    public void Read(RawEnvelope envelope) => Envelope = envelope;

    public void Headed(RequestHead head) => Head = head;

    public void IdentifiedAs(Merchant merchant) => Merchant = merchant;

    public void SignedWith(string signType) => SignType = signType;

    public void Verified(string verification, SignatureEncoding encoding = SignatureEncoding.Base64) =>
        (Verification, Encoding) = (verification, encoding);

    public void Identify(string? partnerId, RequestIds ids) => (PartnerId, Ids) = (partnerId, ids);

    /// <summary>The acquirementId the answer names, when the request did not name one.</summary>
    public void Acquired(string? acquirementId) => Ids = Ids with { AcquirementId = Ids.AcquirementId ?? acquirementId };
}
