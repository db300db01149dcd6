using System.Net;
using System.Text;
using System.Text.Json.Serialization.Metadata;
using AlipayInStore.Client;
using AlipayInStore.Protocol.Envelope;
using AlipayInStore.Protocol.Json;
using AlipayInStore.Protocol.Keys;
using AlipayInStore.Protocol.Results;
using AlipayInStore.Protocol.Signing;
using AlipayInStore.Protocol.Validation;
using AlipayInStore.Protocol.Wire;

namespace AlipayInStore.Testing;

/// <summary>
/// A fake Alipay gateway as an <see cref="HttpMessageHandler"/>, for unit tests of a till: it verifies the merchant's
/// signature, answers the five functions from memory with envelopes signed by its own gateway key, and honours the
/// sandbox scenario amounts (9901–9908) and rules of docs/scenarios.md. Plug it in with
/// <c>AddAlipayInStore(gateway.Configure).ConfigurePrimaryHttpMessageHandler(() => gateway)</c> or <see cref="CreateClient"/>.
/// </summary>
/// <remarks>Every 18-digit code starting 28 is a buyer's (USD 10,000.00 each) except <see cref="UnknownCode"/>. Thread-safe.</remarks>
public sealed class FakeAlipayGateway : HttpMessageHandler
{
    private readonly FakeGatewayOptions _options;
    private readonly FakeGatewayBook _book;
    private readonly RsaPrivateKey _gatewayKey = RsaPrivateKey.Generate();
    private readonly RsaPrivateKey _merchantKey = RsaPrivateKey.Generate();
    private readonly Rsa2Signer _signer;
    private readonly Rsa2Verifier _merchantVerifier;
    private readonly List<FakeGatewayCall> _calls = [];

    /// <summary>Creates a gateway with fresh keys (a merchant key pair and a gateway key pair).</summary>
    public FakeAlipayGateway(FakeGatewayOptions? options = null)
    {
        _options = options ?? new FakeGatewayOptions();
        _book = new FakeGatewayBook(_options);
        _signer = new Rsa2Signer(_gatewayKey);
        _merchantVerifier = new Rsa2Verifier(_merchantKey.PublicKey);
        MerchantPrivateKeyPem = _merchantKey.ExportPem();
        GatewayPublicKeyPem = _gatewayKey.PublicKey.ExportPem();
        Notifications = new AlipayTestNotifications(_signer, _options.ClientId, _options.PartnerId, _options.TimeProvider);
    }

    /// <summary>A code no buyer has: pay answers <c>F</c>/<c>INVALID_CODE</c>.</summary>
    public const string UnknownCode = FakeGatewayBook.UnknownCode;

    /// <summary>A buyer's reusable payment code.</summary>
    public string BuyerCode { get; } = "281234567890123456";

    /// <summary>The gateway's base URL.</summary>
    public string GatewayUrl => _options.GatewayUrl;

    /// <summary>The merchant's Client ID.</summary>
    public string ClientId => _options.ClientId;

    /// <summary>The merchant's Partner ID.</summary>
    public string PartnerId => _options.PartnerId;

    /// <summary>The merchant's private key (PKCS#8 PEM); its public key is the one this gateway verifies with.</summary>
    public string MerchantPrivateKeyPem { get; }

    /// <summary>The gateway's public key (PEM): responses and notifications verify with it.</summary>
    public string GatewayPublicKeyPem { get; }

    /// <summary>Signed notifications from this gateway, to post to the till's receiver.</summary>
    public AlipayTestNotifications Notifications { get; }

    /// <summary>Every call answered so far, oldest first.</summary>
    public IReadOnlyList<FakeGatewayCall> Calls
    {
        get
        {
            lock (_calls)
            {
                return [.. _calls];
            }
        }
    }

    /// <summary>Fills in the options a client needs to talk to this gateway (URL, ids, keys; quick retries).</summary>
    public void Configure(AlipayInStoreOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        MerchantConnection.Fill(options, GatewayUrl, ClientId, PartnerId, MerchantPrivateKeyPem, GatewayPublicKeyPem);
        options.RetryBaseDelay = TimeSpan.FromMilliseconds(1);
        options.RetryMaxDelay = TimeSpan.FromMilliseconds(5);
    }

    /// <summary>A client wired to this gateway.</summary>
    public AlipayInStoreClient CreateClient(TimeProvider? timeProvider = null)
    {
        var options = new AlipayInStoreOptions();
        Configure(options);
        return new AlipayInStoreClient(new HttpClient(this, disposeHandler: false), options, timeProvider ?? _options.TimeProvider);
    }

    /// <summary>The buyer confirms a waiting payment or pays a QR order (as the sandbox's <c>confirm</c>).</summary>
    /// <exception cref="InvalidOperationException">The sandbox would refuse it (409), e.g. scenario 9904.</exception>
    public void Confirm(string acquirementId, string? buyerCode = null)
    {
        if (_book.Confirm(acquirementId, buyerCode ?? BuyerCode) is { } refusal)
        {
            throw new InvalidOperationException(refusal);
        }
    }

    /// <summary>The buyer declines a waiting payment (as the sandbox's <c>decline</c>).</summary>
    /// <exception cref="InvalidOperationException">The transaction is not waiting for the buyer.</exception>
    public void Decline(string acquirementId)
    {
        if (_book.Decline(acquirementId) is { } refusal)
        {
            throw new InvalidOperationException(refusal);
        }
    }

    /// <summary>The transaction's status (<c>WAIT_BUYER_PAY</c>, <c>SUCCESS</c>, <c>CLOSED</c>, <c>CANCELLED</c>), or null.</summary>
    public string? StatusOf(string acquirementId) => _book.StatusOf(acquirementId);

    /// <inheritdoc />
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var bytes = request.Content is null ? [] : await request.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        if (!EnvelopeReader.TryRead(bytes, "request", out var envelope, out var error)
            || !EnvelopeReader.TryParse(envelope.Head, ProtocolJsonContext.Default.RequestHead, "request.head", out var head, out error))
        {
            return Answer(new RequestHead { Function = "", ReqMsgId = null }, new ResultBody { ResultInfo = ResultCodes.ParamIllegal.ToInfo("The request is not a valid envelope: " + error) }, ProtocolJsonContext.Default.ResultBody, "");
        }
        var body = Encoding.UTF8.GetString(envelope.Body.Span);
        if (RequestValidator.ValidateHead(head) is { } badHead)
        {
            return Answer(head, new ResultBody { ResultInfo = ResultCodes.ParamIllegal.ToInfo(badHead.Message) }, ProtocolJsonContext.Default.ResultBody, body);
        }
        if (head.ClientId != ClientId)
        {
            return Answer(head, new ResultBody { ResultInfo = ResultCodes.ClientInvalid.ToInfo($"No merchant has clientId {head.ClientId}") }, ProtocolJsonContext.Default.ResultBody, body);
        }
        if (!_merchantVerifier.Verify(envelope.SignedContent.Span, envelope.Signature))
        {
            return Answer(head, new ResultBody { ResultInfo = ResultCodes.InvalidSignature.ToInfo("The signature does not verify with the merchant's public key") }, ProtocolJsonContext.Default.ResultBody, body);
        }
        return await DispatchAsync(head, envelope, body, cancellationToken).ConfigureAwait(false);
    }

    private async Task<HttpResponseMessage> DispatchAsync(RequestHead head, RawEnvelope envelope, string body, CancellationToken ct)
    {
        var json = ProtocolJsonContext.Default;
        switch (head.Function)
        {
            case ApiFunctions.Pay when Parse(envelope, json.PayRequest, out var pay, out var error):
                var (answer, slow) = _book.Pay(pay);
                if (slow is not null)
                {
                    await Task.Delay(_options.SlowPayDelay, _options.TimeProvider, ct).ConfigureAwait(false);
                    answer = _book.CompleteSlowPay(slow);
                }
                return Answer(head, answer, json.PayResponse, body);
            case ApiFunctions.PreCreate when Parse(envelope, json.PreCreateRequest, out var preCreate, out var error):
                return Answer(head, _book.PreCreate(preCreate), json.PreCreateResponse, body);
            case ApiFunctions.PayQuery when Parse(envelope, json.PayQueryRequest, out var query, out var error):
                return Answer(head, _book.Query(query), json.PayQueryResponse, body);
            case ApiFunctions.PayCancel when Parse(envelope, json.PayCancelRequest, out var cancel, out var error):
                return Answer(head, _book.Cancel(cancel), json.PayCancelResponse, body);
            case ApiFunctions.Refund when Parse(envelope, json.RefundRequest, out var refund, out var error):
                return Answer(head, _book.Refund(refund), json.RefundResponse, body);
            case ApiFunctions.Pay or ApiFunctions.PreCreate or ApiFunctions.PayQuery or ApiFunctions.PayCancel or ApiFunctions.Refund:
                EnvelopeReader.TryParse(envelope.Body, json.ResultBody, "body", out _, out var parseError);
                return Answer(head, new ResultBody { ResultInfo = ResultCodes.ParamIllegal.ToInfo(parseError ?? "body cannot be read") }, json.ResultBody, body);
            default:
                return Answer(head, new ResultBody { ResultInfo = ResultCodes.ParamIllegal.ToInfo($"head.function {head.Function} is not a function of this API") }, json.ResultBody, body);
        }
    }

    private static bool Parse<T>(RawEnvelope envelope, JsonTypeInfo<T> info, out T value, out string? error) =>
        EnvelopeReader.TryParse(envelope.Body, info, "body", out value!, out error);

    private HttpResponseMessage Answer<T>(RequestHead request, T body, JsonTypeInfo<T> info, string requestBody)
    {
        var result = body switch
        {
            PayResponse r => r.ResultInfo, PreCreateResponse r => r.ResultInfo, PayQueryResponse r => r.ResultInfo,
            PayCancelResponse r => r.ResultInfo, RefundResponse r => r.ResultInfo, ResultBody r => r.ResultInfo, _ => null,
        };
        lock (_calls)
        {
            _calls.Add(new FakeGatewayCall(request.Function ?? "", requestBody, result?.ResultStatus ?? "", result?.ResultCode ?? ""));
        }
        var head = new ResponseHead
        {
            Version = ApiFunctions.Version,
            Function = request.Function,
            ClientId = request.ClientId,
            RespTime = Rfc3339.Format(_options.TimeProvider.GetUtcNow(), TimeSpan.FromHours(8)),
            ReqMsgId = request.ReqMsgId,
        };
        var envelope = EnvelopeWriter.Write("response", head, ProtocolJsonContext.Default.ResponseHead, body, info, _signer);
        return new HttpResponseMessage(HttpStatusCode.OK) { Content = new ByteArrayContent(envelope.Bytes) { Headers = { { "Content-Type", "application/json; charset=UTF-8" } } } };
    }
}
