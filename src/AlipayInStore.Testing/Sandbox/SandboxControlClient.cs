using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace AlipayInStore.Testing;

/// <summary>
/// The sandbox control API (docs/sandbox.md) as typed calls: mint codes, confirm or decline, the clock, the ledger
/// check, notifications and acceptance runs. Works against any sandbox: in-process (<see cref="AlipaySandbox.Control"/>)
/// or a started <c>alipay-instore sandbox</c> (its URL and the token it printed).
/// </summary>
public sealed class SandboxControlClient : IDisposable
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly HttpClient _http;

    /// <summary>Creates a client for the sandbox at <paramref name="gatewayUrl"/> with its control token.</summary>
    public SandboxControlClient(string gatewayUrl, string token)
    {
        ArgumentException.ThrowIfNullOrEmpty(gatewayUrl);
        ArgumentException.ThrowIfNullOrEmpty(token);
        _http = new HttpClient { BaseAddress = new Uri(gatewayUrl.TrimEnd('/') + "/"), Timeout = TimeSpan.FromSeconds(60) };
        _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
    }

    /// <summary>Mints a single-use 60-second payment code for a buyer.</summary>
    public Task<SandboxPaymentCode> MintCodeAsync(string buyerId, CancellationToken cancellationToken = default) =>
        SendAsync<SandboxPaymentCode>(HttpMethod.Post, $"sandbox/buyers/{Uri.EscapeDataString(buyerId)}/codes", null, cancellationToken);

    /// <summary>The buyers, their reusable test codes and balances.</summary>
    public Task<IReadOnlyList<SandboxBuyer>> GetBuyersAsync(CancellationToken cancellationToken = default) =>
        SendAsync<IReadOnlyList<SandboxBuyer>>(HttpMethod.Get, "sandbox/buyers", null, cancellationToken);

    /// <summary>The buyer pays a waiting transaction; a QR order needs <paramref name="buyerId"/>.</summary>
    public Task<SandboxTransaction> ConfirmAsync(string acquirementId, string? buyerId = null, CancellationToken cancellationToken = default) =>
        SendAsync<SandboxTransaction>(HttpMethod.Post, $"sandbox/transactions/{Uri.EscapeDataString(acquirementId)}/confirm", new { buyerId }, cancellationToken);

    /// <summary>The buyer declines a waiting transaction: it closes.</summary>
    public Task<SandboxTransaction> DeclineAsync(string acquirementId, CancellationToken cancellationToken = default) =>
        SendAsync<SandboxTransaction>(HttpMethod.Post, $"sandbox/transactions/{Uri.EscapeDataString(acquirementId)}/decline", null, cancellationToken);

    /// <summary>One transaction as the gateway holds it.</summary>
    public Task<SandboxTransaction> GetTransactionAsync(string acquirementId, CancellationToken cancellationToken = default) =>
        SendAsync<SandboxTransaction>(HttpMethod.Get, $"sandbox/transactions/{Uri.EscapeDataString(acquirementId)}", null, cancellationToken);

    /// <summary>The sandbox clock.</summary>
    public Task<SandboxClockReading> GetClockAsync(CancellationToken cancellationToken = default) =>
        SendAsync<SandboxClockReading>(HttpMethod.Get, "sandbox/clock", null, cancellationToken);

    /// <summary>Moves the sandbox clock forward (codes, pending pays and orders expire; the business day moves).</summary>
    public Task<SandboxClockReading> AdvanceClockAsync(TimeSpan by, CancellationToken cancellationToken = default) =>
        SendAsync<SandboxClockReading>(HttpMethod.Post, "sandbox/clock/advance", new { seconds = by.TotalSeconds }, cancellationToken);

    /// <summary>Checks that the double-entry ledger balances.</summary>
    public Task<SandboxLedgerCheck> CheckLedgerAsync(CancellationToken cancellationToken = default) =>
        SendAsync<SandboxLedgerCheck>(HttpMethod.Get, "sandbox/ledger/check", null, cancellationToken);

    /// <summary>Sets where notifications without a per-request <c>notifyUrl</c> go (null clears it).</summary>
    public Task SetNotifyUrlAsync(string? url, CancellationToken cancellationToken = default) =>
        SendAsync<JsonElement>(HttpMethod.Put, "sandbox/merchant/notify-url", new { url }, cancellationToken);

    /// <summary>The latest notifications, optionally of one transaction or refund (<paramref name="reference"/>) or status.</summary>
    public Task<IReadOnlyList<SandboxNotification>> GetNotificationsAsync(string? reference = null, string? status = null, CancellationToken cancellationToken = default)
    {
        var query = string.Join('&', new[] { ("reference", reference), ("status", status) }.Where(p => p.Item2 is not null).Select(p => $"{p.Item1}={Uri.EscapeDataString(p.Item2!)}"));
        return SendAsync<IReadOnlyList<SandboxNotification>>(HttpMethod.Get, "sandbox/notifications" + (query.Length > 0 ? "?" + query : ""), null, cancellationToken);
    }

    /// <summary>Delivers a notification once more, now.</summary>
    public Task<SandboxNotification> ResendNotificationAsync(long id, CancellationToken cancellationToken = default) =>
        SendAsync<SandboxNotification>(HttpMethod.Post, $"sandbox/notifications/{id.ToString(CultureInfo.InvariantCulture)}/resend", null, cancellationToken);

    /// <summary>Starts an acceptance run for the merchant (the first when <paramref name="partnerId"/> is null); the run's JSON.</summary>
    public Task<JsonElement> StartAcceptanceRunAsync(string? partnerId = null, CancellationToken cancellationToken = default) =>
        SendAsync<JsonElement>(HttpMethod.Post, "sandbox/acceptance/runs", new { partnerId }, cancellationToken);

    /// <summary>Moves an acceptance run to its next case.</summary>
    public Task<JsonElement> NextAcceptanceCaseAsync(string runId, CancellationToken cancellationToken = default) =>
        SendAsync<JsonElement>(HttpMethod.Post, $"sandbox/acceptance/runs/{Uri.EscapeDataString(runId)}/next", null, cancellationToken);

    /// <summary>Makes the kit's own deliveries of the current case (duplicate and forged notifications).</summary>
    public Task<JsonElement> RunAcceptanceKitAsync(string runId, CancellationToken cancellationToken = default) =>
        SendAsync<JsonElement>(HttpMethod.Post, $"sandbox/acceptance/runs/{Uri.EscapeDataString(runId)}/kit", null, cancellationToken);

    /// <summary>An acceptance run's report (each case's grade and evidence).</summary>
    public Task<JsonElement> GetAcceptanceRunAsync(string runId, CancellationToken cancellationToken = default) =>
        SendAsync<JsonElement>(HttpMethod.Get, $"sandbox/acceptance/runs/{Uri.EscapeDataString(runId)}", null, cancellationToken);

    /// <summary>An acceptance run's JUnit XML, for a CI job's test report.</summary>
    public Task<string> GetAcceptanceJUnitAsync(string runId, CancellationToken cancellationToken = default) =>
        _http.GetStringAsync($"sandbox/acceptance/runs/{Uri.EscapeDataString(runId)}/junit.xml", cancellationToken);

    private async Task<T> SendAsync<T>(HttpMethod method, string path, object? body, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(method, path) { Content = body is null ? null : JsonContent.Create(body, options: Json) };
        using var response = await _http.SendAsync(request, ct).ConfigureAwait(false);
        var text = await response.Content.ReadAsStringAsync(ct).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
        {
            throw new SandboxControlException((int)response.StatusCode, $"{method} /{path}", ErrorOf(text));
        }
        return JsonSerializer.Deserialize<T>(text, Json) ?? throw new SandboxControlException((int)response.StatusCode, $"{method} /{path}", "empty answer");
    }

    private static string ErrorOf(string text)
    {
        try
        {
            using var doc = JsonDocument.Parse(text);
            return doc.RootElement.TryGetProperty("error", out var e) ? e.ToString() : text;
        }
        catch (JsonException)
        {
            return text;
        }
    }

    /// <inheritdoc />
    public void Dispose() => _http.Dispose();
}
