using System.Diagnostics;
using System.Net.Http.Headers;
using AlipayInStore.Gateway.Hosting;
using AlipayInStore.Gateway.Merchants;
using AlipayInStore.Protocol.Envelope;
using Microsoft.Extensions.Options;

namespace AlipayInStore.Gateway.Notifications;

/// <summary>Makes one delivery: signs the envelope, POSTs it, and judges the answer. Never throws: every outcome is an attempt.</summary>
internal sealed class NotificationSender(MerchantCredentials credentials, TimeProvider clock, IOptions<GatewayOptions> gateway, IOptions<NotificationOptions> options) : IDisposable
{
    private static readonly MediaTypeHeaderValue Json = MediaTypeHeaderValue.Parse("application/json; charset=UTF-8");

    private readonly HttpClient _http = new(new SocketsHttpHandler
    {
        AllowAutoRedirect = false,
        UseProxy = false,
        PooledConnectionLifetime = TimeSpan.FromMinutes(2),
        MaxConnectionsPerServer = 64,
    })
    {
        Timeout = System.Threading.Timeout.InfiniteTimeSpan,
    };

    public async Task<NotificationAttempt> SendAsync(Notification notification, Merchant merchant, string url, string signType, string dispatcher)
    {
        var number = notification.Attempts + 1;
        var reqMsgId = NotificationEnvelope.NewReqMsgId(notification, number);
        var now = clock.GetUtcNow();
        var attempt = new NotificationAttempt(notification.Id, number, notification.ResendRequested, now, url, reqMsgId, signType, dispatcher);
        byte[] envelope;
        try
        {
            envelope = NotificationEnvelope.Write(notification, merchant, reqMsgId, signType, credentials.SignerFor(merchant), now, gateway.Value.BusinessDayOffset).Bytes;
        }
        catch (Exception ex) when (ex is InvalidOperationException or NotSupportedException or System.Text.Json.JsonException)
        {
            attempt.Finish(null, TimeSpan.Zero, $"not sent: {ex.Message}", null);
            return attempt;
        }
        var answer = await DeliverAsync(url, envelope, notification.Function, merchant, signType);
        attempt.Finish(answer.HttpStatus, answer.Duration, answer.Error, answer.Warning);
        return attempt;
    }

    /// <summary>POSTs an envelope, reads the answer within the delivery timeout and judges it (§6). Never throws.</summary>
    public async Task<DeliveryAnswer> DeliverAsync(string url, byte[] envelope, string function, Merchant merchant, string signType)
    {
        var raw = await PostAsync(url, envelope);
        if (raw.Error is not null)
        {
            return raw;
        }
        var (error, warning) = AcknowledgementCheck.Judge(raw.HttpStatus!.Value, raw.Answer!, function, merchant, signType, credentials, gateway.Value.IsSandbox);
        return raw with { Error = error, Warning = warning };
    }

    private async Task<DeliveryAnswer> PostAsync(string url, byte[] envelope)
    {
        var timeout = options.Value.Timeout;
        var started = Stopwatch.GetTimestamp();
        // The timeout is real time, like any network timeout: moving the sandbox clock must not cut a delivery short.
        using var cts = new CancellationTokenSource(timeout);
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new ByteArrayContent(envelope) };
            request.Content.Headers.ContentType = Json;
            using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cts.Token);
            var status = (int)response.StatusCode;
            var body = await ReadAsync(response.Content, cts.Token);
            return new DeliveryAnswer(status, body, Stopwatch.GetElapsedTime(started),
                body is null ? $"HTTP {status}: the answer is over {EnvelopeReader.DefaultMaxBytes} bytes" : null, null);
        }
        catch (OperationCanceledException) when (cts.IsCancellationRequested)
        {
            return new DeliveryAnswer(null, null, Stopwatch.GetElapsedTime(started), $"timeout: no acknowledgement within {timeout.TotalSeconds:0.###} s", null);
        }
        catch (HttpRequestException ex)
        {
            return new DeliveryAnswer(null, null, Stopwatch.GetElapsedTime(started), $"connection error: {Describe(ex)}", null);
        }
        catch (Exception ex) when (ex is InvalidOperationException or UriFormatException or NotSupportedException)
        {
            return new DeliveryAnswer(null, null, Stopwatch.GetElapsedTime(started), $"not sent: {ex.Message}", null);
        }
    }

    private static async Task<byte[]?> ReadAsync(HttpContent content, CancellationToken ct)
    {
        await using var stream = await content.ReadAsStreamAsync(ct);
        using var buffer = new MemoryStream();
        var chunk = new byte[8192];
        int read;
        while ((read = await stream.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > EnvelopeReader.DefaultMaxBytes)
            {
                return null;
            }
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }

    private static string Describe(HttpRequestException ex) =>
        ex.InnerException is System.Net.Sockets.SocketException socket ? $"{socket.SocketErrorCode} ({ex.Message})" : ex.Message;

    public void Dispose() => _http.Dispose();
}
