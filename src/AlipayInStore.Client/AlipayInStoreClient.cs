using AlipayInStore.Client.Flows;
using AlipayInStore.Client.Internal;
using AlipayInStore.Protocol.Json;
using AlipayInStore.Protocol.Validation;
using AlipayInStore.Protocol.Wire;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace AlipayInStore.Client;

/// <summary>
/// The merchant's client for the five functions of the in-store API. Thread-safe; keys are parsed once per
/// instance. Every answer is verified against the gateway's signature before anything in it is returned.
/// </summary>
/// <remarks>
/// Business outcomes (<c>S</c>, <c>F</c>, <c>U</c>) come back as <see cref="AlipayResult{TBody}"/>. Exceptions:
/// <see cref="AlipayTransportException"/> (unreachable, timeout, 5xx after retries), <see cref="AlipaySignatureException"/>
/// (missing or invalid response signature), <see cref="AlipayResponseException"/> (not a response envelope),
/// <see cref="AlipayConfigurationException"/> and <see cref="ArgumentException"/> (misuse).
/// </remarks>
public sealed class AlipayInStoreClient
{
    private readonly AlipayInStoreOptions _options;
    private readonly Lazy<AlipayCredentials> _credentials;
    private readonly GatewayExchange _exchange;
    private readonly PaymentSignals? _signals;

    /// <summary>Creates a client over <paramref name="httpClient"/> (outside dependency injection).</summary>
    /// <param name="httpClient">The HTTP client; its own <see cref="HttpClient.Timeout"/> should exceed <see cref="AlipayInStoreOptions.RequestTimeout"/>.</param>
    /// <param name="options">The merchant's options; copied, later changes are not seen.</param>
    /// <param name="timeProvider">The clock for request times, timeouts, backoff and flow waits; <see cref="TimeProvider.System"/> when null.</param>
    /// <param name="logger">Where retries and refused responses are logged; nothing is logged when null.</param>
    public AlipayInStoreClient(HttpClient httpClient, AlipayInStoreOptions options, TimeProvider? timeProvider = null, ILogger<AlipayInStoreClient>? logger = null)
        : this(() => httpClient, options, timeProvider ?? TimeProvider.System, null, logger)
    {
        ArgumentNullException.ThrowIfNull(httpClient);
    }

    internal AlipayInStoreClient(Func<HttpClient> httpClient, AlipayInStoreOptions options, TimeProvider timeProvider, PaymentSignals? signals, ILogger? logger = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Clone();
        TimeProvider = timeProvider;
        _signals = signals;
        _credentials = new Lazy<AlipayCredentials>(() => AlipayCredentials.From(_options), LazyThreadSafetyMode.ExecutionAndPublication);
        _exchange = new GatewayExchange(httpClient, _options, _credentials, timeProvider, logger ?? NullLogger.Instance);
    }

    /// <summary>The Client ID sent in request heads.</summary>
    public string? ClientId => _options.ClientId;

    /// <summary>The Partner ID filled into request bodies that leave it empty.</summary>
    public string? PartnerId => _options.PartnerId;

    /// <summary>The clock the client uses.</summary>
    public TimeProvider TimeProvider { get; }

    internal AlipayCredentials Credentials => _credentials.Value;

    /// <summary>Merchant-scan: charges the buyer's payment code. <c>partnerId</c> and the direct-integration seller ids default to the options' Partner ID.</summary>
    /// <remarks>Retries resend the same body, so the same <c>merchantTransId</c>: the gateway answers a repeat with the transaction's current result and never charges twice.</remarks>
    /// <exception cref="ArgumentException"><c>merchantTransId</c> is missing, or a field breaks a rule of the gateway (the message and <see cref="ArgumentException.ParamName"/> name it); nothing was sent.</exception>
    public Task<AlipayResult<PayResponse>> PayAsync(PayRequest request, CancellationToken cancellationToken = default) =>
        _exchange.SendAsync(ApiFunctions.Pay, RequestCheck.Checked(RequestDefaults.Complete(request, PartnerId), (PayRequest r) => RequestValidator.Validate(r, !_options.IndirectIntegration), ClientId), ProtocolJsonContext.Default.PayRequest,
            ProtocolJsonContext.Default.PayResponse, static b => b.ResultInfo, cancellationToken);

    /// <summary>Customer-scan: creates an order and returns the URL for the buyer to scan.</summary>
    /// <exception cref="ArgumentException"><c>merchantTransId</c> is missing, or a field breaks a rule of the gateway (the message and <see cref="ArgumentException.ParamName"/> name it); nothing was sent.</exception>
    public Task<AlipayResult<PreCreateResponse>> PreCreateAsync(PreCreateRequest request, CancellationToken cancellationToken = default) =>
        _exchange.SendAsync(ApiFunctions.PreCreate, RequestCheck.Checked(RequestDefaults.Complete(request, PartnerId), (PreCreateRequest r) => RequestValidator.Validate(r, !_options.IndirectIntegration), ClientId), ProtocolJsonContext.Default.PreCreateRequest,
            ProtocolJsonContext.Default.PreCreateResponse, static b => b.ResultInfo, cancellationToken);

    /// <summary>The status of one transaction (<c>acquirementStatus</c>); unknown transactions answer <c>F</c>/<c>ORDER_NOT_EXIST</c>.</summary>
    /// <exception cref="ArgumentException">Neither <c>acquirementId</c> nor <c>merchantTransId</c> is given, or a field breaks a rule of the gateway; nothing was sent.</exception>
    public Task<AlipayResult<PayQueryResponse>> QueryAsync(PayQueryRequest request, CancellationToken cancellationToken = default) =>
        _exchange.SendAsync(ApiFunctions.PayQuery, RequestCheck.Checked(RequestDefaults.Complete(request, PartnerId), RequestValidator.Validate, ClientId), ProtocolJsonContext.Default.PayQueryRequest,
            ProtocolJsonContext.Default.PayQueryResponse, static b => b.ResultInfo, cancellationToken);

    /// <summary>Cancels (reverses) a transaction of the current business day; a paid one is refunded in full.</summary>
    /// <exception cref="ArgumentException">Neither <c>acquirementId</c> nor <c>merchantTransId</c> is given, or a field breaks a rule of the gateway; nothing was sent.</exception>
    public Task<AlipayResult<PayCancelResponse>> CancelAsync(PayCancelRequest request, CancellationToken cancellationToken = default) =>
        _exchange.SendAsync(ApiFunctions.PayCancel, RequestCheck.Checked(RequestDefaults.Complete(request, PartnerId), RequestValidator.Validate, ClientId), ProtocolJsonContext.Default.PayCancelRequest,
            ProtocolJsonContext.Default.PayCancelResponse, static b => b.ResultInfo, cancellationToken);

    /// <summary>Refunds all or part of a paid transaction; idempotent on <c>merchantRefundId</c>.</summary>
    /// <exception cref="ArgumentException"><c>merchantRefundId</c> or <c>acquirementId</c> is missing, or a field breaks a rule of the gateway; nothing was sent.</exception>
    public Task<AlipayResult<RefundResponse>> RefundAsync(RefundRequest request, CancellationToken cancellationToken = default) =>
        _exchange.SendAsync(ApiFunctions.Refund, RequestCheck.Checked(RequestDefaults.Complete(request, PartnerId), RequestValidator.Validate, ClientId), ProtocolJsonContext.Default.RefundRequest,
            ProtocolJsonContext.Default.RefundResponse, static b => b.ResultInfo, cancellationToken);

    /// <summary>
    /// The barcode flow a till needs: pay; on <c>U</c> or a timeout poll payQuery (every 5 s for 60 s by default);
    /// on a final status return it; otherwise payCancel (up to 5 times, 5 s apart).
    /// </summary>
    /// <returns>Paid, Failed(code), Cancelled, or NeedsAttention with the ids to settle it later.</returns>
    public Task<PaymentOutcome> PayAndConfirmAsync(PayRequest request, PaymentFlowOptions? flow = null, CancellationToken cancellationToken = default)
    {
        var completed = RequestDefaults.Complete(request, PartnerId);
        return BarcodePaymentFlow.RunAsync(this, completed, flow ?? PaymentFlowOptions.Default, TimeProvider, cancellationToken);
    }

    /// <summary>Customer-scan, step 1: creates the order (default expiry 30 minutes) and returns its QR URL and SVG.</summary>
    public async Task<QrOrder> CreateQrOrderAsync(PreCreateRequest request, CancellationToken cancellationToken = default)
    {
        var completed = RequestDefaults.Complete(request, PartnerId);
        var expiresAt = Rfc3339.TryParse(completed.ExpiryTime, out var expiry) ? expiry : TimeProvider.GetUtcNow().AddMinutes(30);
        var result = await PreCreateAsync(completed, cancellationToken).ConfigureAwait(false);
        return new QrOrder(result, completed.MerchantTransId!, expiresAt);
    }

    /// <summary>
    /// Customer-scan, step 2: waits for the buyer, woken by a verified notification (see <see cref="PaymentSignals"/>)
    /// or by polling payQuery every <see cref="PaymentFlowOptions.PollInterval"/>; cancels the order when it expires.
    /// </summary>
    public Task<PaymentOutcome> WaitForPaymentAsync(QrOrder order, PaymentFlowOptions? flow = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(order);
        return CustomerScanFlow.WaitAsync(this, order, flow ?? PaymentFlowOptions.Default, _signals, TimeProvider, cancellationToken);
    }

    /// <summary>
    /// Checks the configured keys without calling the gateway: each key loads, sizes are right, a sign/verify
    /// self-test passes, and the gateway key is not the merchant's own public key.
    /// </summary>
    public Task<KeyValidationReport> ValidateAsync(CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(KeyDiagnostics.Run(_options));
    }
}
