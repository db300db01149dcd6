using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using AlipayInStore.Protocol.Envelope;
using AlipayInStore.Protocol.Keys;
using AlipayInStore.Protocol.Signing;
using AlipayInStore.Protocol.Validation;
using AlipayInStore.Protocol.Wire;

namespace AlipayInStore.Gateway.Tests.Support;

/// <summary>
/// The merchant side, written independently of the SDK: builds JSON bodies, signs the exact bytes it sends with the
/// seeded merchant key, and verifies every signed answer with the gateway's public key.
/// </summary>
internal sealed class MerchantClient
{
    private readonly GatewayFixture gateway;
    private readonly Lazy<IMessageSigner> _signer;
    private readonly Lazy<IMessageVerifier> _gatewayKey;
    private int _messages;

    /// <summary>The seeded merchant: its key file, the gateway's RSA2 key for answers.</summary>
    public MerchantClient(GatewayFixture gateway)
        : this(gateway, gateway.Seed.Merchant.PartnerId, gateway.Seed.Merchant.ClientId,
            new Lazy<IMessageSigner>(() => new Rsa2Signer(RsaPrivateKey.Load(File.ReadAllText(gateway.Seed.MerchantPrivateKeyPath)))), null)
    {
    }

    /// <summary>Another merchant: <paramref name="signer"/> signs its requests, <paramref name="answers"/> (default: the gateway's RSA2 key) checks answers.</summary>
    public MerchantClient(GatewayFixture gateway, string partnerId, string clientId, Lazy<IMessageSigner> signer, IMessageVerifier? answers)
    {
        this.gateway = gateway;
        PartnerId = partnerId;
        ClientId = clientId;
        _signer = signer;
        _gatewayKey = answers is not null ? new Lazy<IMessageVerifier>(answers)
            : new(() => new Rsa2Verifier(RsaPublicKey.Load(File.ReadAllText(Path.Combine(gateway.DataDirectory, "keys", "gateway_public_key.pem")))));
    }

    public string PartnerId { get; }
    public string ClientId { get; }
    public string DefaultSignType { get; init; } = "RSA2";
    public string AliceCode => gateway.Seed.Buyers.Single(b => b.Id == "alice").TestCode;
    public string BobCode => gateway.Seed.Buyers.Single(b => b.Id == "bob").TestCode;

    public JsonObject Head(string function, string? signType = "", DateTimeOffset? reqTime = null) => new()
    {
        ["version"] = "2.0.2",
        ["function"] = function,
        ["clientId"] = ClientId,
        ["reqTime"] = Rfc3339.Format(reqTime ?? gateway.Time.GetUtcNow(), TimeSpan.FromHours(8)),
        ["reqMsgId"] = "msg-" + Interlocked.Increment(ref _messages),
        ["signType"] = signType == "" ? DefaultSignType : signType,
    };

    public JsonObject PayBody(string merchantTransId, string value, string code, string currency = "USD") => new()
    {
        ["partnerId"] = PartnerId,
        ["productCode"] = "OFFLINE_PAY",
        ["merchantTransId"] = merchantTransId,
        ["codeType"] = "BARCODE",
        ["identityCode"] = code,
        ["order"] = Order(value, currency),
    };

    public JsonObject Order(string value, string currency = "USD") => new()
    {
        ["orderTitle"] = "Coffee",
        ["orderAmount"] = new JsonObject { ["currency"] = currency, ["value"] = value },
        ["seller"] = new JsonObject { ["secondaryMerchantId"] = PartnerId, ["storeId"] = PartnerId, ["storeName"] = "Main St" },
    };

    public Task<Reply> PayAsync(string merchantTransId, string value, string? code = null) =>
        CallAsync(ApiFunctions.Pay, PayBody(merchantTransId, value, code ?? AliceCode));

    public Task<Reply> PreCreateAsync(string merchantTransId, string value) => CallAsync(ApiFunctions.PreCreate, new JsonObject
    {
        ["partnerId"] = PartnerId, ["productCode"] = "OFFLINE_PAY", ["merchantTransId"] = merchantTransId, ["order"] = Order(value),
    });

    public Task<Reply> QueryAsync(string? merchantTransId = null, string? acquirementId = null) =>
        CallAsync(ApiFunctions.PayQuery, Ids(merchantTransId, acquirementId));

    public Task<Reply> CancelAsync(string? merchantTransId = null, string? acquirementId = null) =>
        CallAsync(ApiFunctions.PayCancel, Ids(merchantTransId, acquirementId));

    public Task<Reply> RefundAsync(string acquirementId, string merchantRefundId, string value, bool? isSync = true) =>
        CallAsync(ApiFunctions.Refund, new JsonObject
        {
            ["partnerId"] = PartnerId, ["acquirementId"] = acquirementId, ["merchantRefundId"] = merchantRefundId,
            ["refundAmount"] = new JsonObject { ["currency"] = "USD", ["value"] = value }, ["isSync"] = isSync,
        });

    private JsonObject Ids(string? merchantTransId, string? acquirementId)
    {
        var body = new JsonObject { ["partnerId"] = PartnerId };
        if (merchantTransId is not null)
        {
            body["merchantTransId"] = merchantTransId;
        }
        if (acquirementId is not null)
        {
            body["acquirementId"] = acquirementId;
        }
        return body;
    }

    /// <summary>Signs <c>{"head":…,"body":…}</c> exactly as sent and posts it to the function's path.</summary>
    public Task<Reply> CallAsync(string function, JsonObject body, JsonObject? head = null, string? path = null, IMessageSigner? signer = null)
    {
        var content = new JsonObject { ["head"] = head ?? Head(function), ["body"] = body }.ToJsonString();
        var bytes = Encoding.UTF8.GetBytes(content);
        var signature = (signer ?? _signer.Value).Sign(bytes);
        return PostAsync(path ?? ApiFunctions.PathOf(function), "{\"request\":" + content + ",\"signature\":\"" + signature + "\"}");
    }

    public string Sign(string content) => _signer.Value.Sign(Encoding.UTF8.GetBytes(content));

    /// <summary>Signs raw content text (anything, even what no serializer writes) as sent and posts it to the function's path.</summary>
    public Task<Reply> CallRawAsync(string function, string content) =>
        PostAsync(ApiFunctions.PathOf(function), "{\"request\":" + content + ",\"signature\":\"" + Sign(content) + "\"}");

    /// <summary>Posts raw text and reads the envelope that comes back (it must always be one).</summary>
    public Task<Reply> PostAsync(string path, string text, IMessageVerifier? verifier = null) =>
        PostBytesAsync(path, Encoding.UTF8.GetBytes(text), verifier);

    /// <summary>Posts raw bytes (valid UTF-8 or not) and reads the envelope that comes back (it must always be one).</summary>
    public async Task<Reply> PostBytesAsync(string path, byte[] bytes, IMessageVerifier? verifier = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new ByteArrayContent(bytes) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "UTF-8" };
        using var response = await gateway.Http.SendAsync(request);
        var raw = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.True(EnvelopeReader.TryRead(raw, "response", out var envelope, out var error), $"not an envelope ({error}): {Encoding.UTF8.GetString(raw)}");
        var valid = envelope.Signature is null ? (bool?)null : (verifier ?? _gatewayKey.Value).Verify(envelope.SignedContent.Span, envelope.Signature);
        using var body = JsonDocument.Parse(envelope.Body);
        return new Reply(Encoding.UTF8.GetString(raw), envelope, body.RootElement.Clone(), valid);
    }
}
