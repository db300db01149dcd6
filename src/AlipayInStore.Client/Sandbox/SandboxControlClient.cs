using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;

namespace AlipayInStore.Client.Sandbox;

/// <summary>
/// The sandbox control API (docs/sandbox.md) as typed calls: codes, buyers, confirm or decline, transactions, the
/// clock, the ledger check, the notify URL and notifications, merchants, reconciliation files, reset and acceptance
/// runs. Works against any sandbox: a started <c>alipay-instore sandbox</c> (its URL and the token it printed) or the
/// in-process one of <c>AlipayInStore.Testing</c>. A refused call throws <see cref="SandboxControlException"/>; no
/// answer throws <see cref="HttpRequestException"/>.
/// </summary>
public sealed partial class SandboxControlClient : IDisposable
{
    private readonly HttpClient _http;
    private readonly bool _ownsHttp;

    /// <summary>Creates a client for the sandbox at <paramref name="gatewayUrl"/> with its control token.</summary>
    /// <param name="gatewayUrl">The gateway's base URL, e.g. <c>http://127.0.0.1:8080</c>.</param>
    /// <param name="token">The control token the sandbox printed at start (also in its CLI profile).</param>
    /// <param name="timeout">How long to wait for each answer; 60 seconds when not given.</param>
    public SandboxControlClient(string gatewayUrl, string token, TimeSpan? timeout = null)
        : this(new HttpClient { Timeout = timeout ?? TimeSpan.FromSeconds(60) }, gatewayUrl, token)
    {
        _ownsHttp = true;
    }

    /// <summary>Creates a client over <paramref name="http"/> (not disposed by this client; its base address and authorization are set here).</summary>
    public SandboxControlClient(HttpClient http, string gatewayUrl, string token)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentException.ThrowIfNullOrEmpty(gatewayUrl);
        ArgumentException.ThrowIfNullOrEmpty(token);
        _http = http;
        GatewayUrl = gatewayUrl.TrimEnd('/');
        _http.BaseAddress = new Uri(GatewayUrl + "/");
        _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
    }

    /// <summary>The gateway's base URL, without a trailing slash.</summary>
    public string GatewayUrl { get; }

    /// <summary>Mints a single-use 60-second payment code for a buyer.</summary>
    public Task<SandboxPaymentCode> MintCodeAsync(string buyerId, CancellationToken cancellationToken = default) =>
        SendAsync(HttpMethod.Post, $"sandbox/buyers/{Escape(buyerId)}/codes", null, Json.SandboxPaymentCode, cancellationToken);

    /// <summary>The buyers, their reusable test codes and balances.</summary>
    public Task<IReadOnlyList<SandboxBuyer>> GetBuyersAsync(CancellationToken cancellationToken = default) =>
        SendAsync(HttpMethod.Get, "sandbox/buyers", null, Json.IReadOnlyListSandboxBuyer, cancellationToken);

    /// <summary>Creates a buyer with an opening balance; the answer shows its wallet password this once.</summary>
    public Task<SandboxBuyerCreated> CreateBuyerAsync(SandboxBuyerSpec buyer, CancellationToken cancellationToken = default) =>
        SendAsync(HttpMethod.Post, "sandbox/buyers", Body(buyer, Json.SandboxBuyerSpec), Json.SandboxBuyerCreated, cancellationToken);

    /// <summary>The buyer pays a waiting transaction; a QR order needs <paramref name="buyerId"/>.</summary>
    public Task<SandboxTransaction> ConfirmAsync(string acquirementId, string? buyerId = null, CancellationToken cancellationToken = default) =>
        SendAsync(HttpMethod.Post, $"sandbox/transactions/{Escape(acquirementId)}/confirm", new JsonObject { ["buyerId"] = buyerId }, Json.SandboxTransaction, cancellationToken);

    /// <summary>The buyer declines a waiting transaction: it closes.</summary>
    public Task<SandboxTransaction> DeclineAsync(string acquirementId, CancellationToken cancellationToken = default) =>
        SendAsync(HttpMethod.Post, $"sandbox/transactions/{Escape(acquirementId)}/decline", null, Json.SandboxTransaction, cancellationToken);

    /// <summary>One transaction as the gateway holds it.</summary>
    public Task<SandboxTransaction> GetTransactionAsync(string acquirementId, CancellationToken cancellationToken = default) =>
        SendAsync(HttpMethod.Get, $"sandbox/transactions/{Escape(acquirementId)}", null, Json.SandboxTransaction, cancellationToken);

    /// <summary>The sandbox clock.</summary>
    public Task<SandboxClockReading> GetClockAsync(CancellationToken cancellationToken = default) =>
        SendAsync(HttpMethod.Get, "sandbox/clock", null, Json.SandboxClockReading, cancellationToken);

    /// <summary>Moves the sandbox clock forward (codes, pending pays and orders expire; the business day moves).</summary>
    public Task<SandboxClockReading> AdvanceClockAsync(TimeSpan by, CancellationToken cancellationToken = default) =>
        SendAsync(HttpMethod.Post, "sandbox/clock/advance", new JsonObject { ["seconds"] = by.TotalSeconds }, Json.SandboxClockReading, cancellationToken);

    /// <summary>Checks that the double-entry ledger balances.</summary>
    public Task<SandboxLedgerCheck> CheckLedgerAsync(CancellationToken cancellationToken = default) =>
        SendAsync(HttpMethod.Get, "sandbox/ledger/check", null, Json.SandboxLedgerCheck, cancellationToken);

    /// <summary>Puts the sandbox back to its first start: the seeded merchant and buyers, nothing else.</summary>
    public Task<SandboxReset> ResetAsync(CancellationToken cancellationToken = default) =>
        SendAsync(HttpMethod.Post, "sandbox/reset", null, Json.SandboxReset, cancellationToken);

    /// <inheritdoc />
    public void Dispose()
    {
        if (_ownsHttp)
        {
            _http.Dispose();
        }
    }

    private static SandboxControlJsonContext Json => SandboxControlJsonContext.Default;

    private static string Escape(string value) => Uri.EscapeDataString(value);

    private static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static JsonNode? Body<T>(T value, JsonTypeInfo<T> type) => JsonSerializer.SerializeToNode(value, type);

    private async Task<T> SendAsync<T>(HttpMethod method, string path, JsonNode? body, JsonTypeInfo<T> type, CancellationToken ct)
    {
        var text = await SendForTextAsync(method, path, body, ct).ConfigureAwait(false);
        try
        {
            return JsonSerializer.Deserialize(text, type) ?? throw new SandboxControlException(200, "empty answer");
        }
        catch (JsonException)
        {
            throw new SandboxControlException(200, text);
        }
    }

    private async Task<string> SendForTextAsync(HttpMethod method, string path, JsonNode? body, CancellationToken ct) =>
        System.Text.Encoding.UTF8.GetString(await SendForBytesAsync(method, path, body, ct).ConfigureAwait(false));

    private async Task<byte[]> SendForBytesAsync(HttpMethod method, string path, JsonNode? body, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(method, path)
        {
            Content = body is null ? null : JsonContent.Create(body, Json.JsonNode),
        };
        HttpResponseMessage response;
        try
        {
            response = await _http.SendAsync(request, ct).ConfigureAwait(false);
        }
        catch (TaskCanceledException ex) when (!ct.IsCancellationRequested)
        {
            throw new HttpRequestException($"the sandbox did not answer within {_http.Timeout.TotalSeconds:0} s", ex);
        }
        using (response)
        {
            var bytes = await response.Content.ReadAsByteArrayAsync(ct).ConfigureAwait(false);
            if (!response.IsSuccessStatusCode)
            {
                throw new SandboxControlException((int)response.StatusCode, ErrorOf(bytes));
            }
            return bytes;
        }
    }

    private static string ErrorOf(byte[] answer)
    {
        try
        {
            using var doc = JsonDocument.Parse(answer);
            return doc.RootElement.ValueKind == JsonValueKind.Object && doc.RootElement.TryGetProperty("error", out var e) ? e.ToString() : doc.RootElement.GetRawText();
        }
        catch (JsonException)
        {
            return System.Text.Encoding.UTF8.GetString(answer);
        }
    }
}
