using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text.Json.Serialization.Metadata;
using AlipayInStore.Client.Telemetry;
using AlipayInStore.Protocol.Envelope;
using AlipayInStore.Protocol.Json;
using AlipayInStore.Protocol.Validation;
using AlipayInStore.Protocol.Wire;
using Microsoft.Extensions.Logging;

namespace AlipayInStore.Client.Internal;

/// <summary>
/// One call to the gateway: head, sign, POST, retry on transport failures and 5xx with the same body
/// (so the same business ids), then verify and parse the answer. Fails closed on anything unverifiable.
/// </summary>
internal sealed class GatewayExchange(Func<HttpClient> httpClient, AlipayInStoreOptions options, Lazy<AlipayCredentials> credentials, TimeProvider time, ILogger logger)
{
    private static readonly MediaTypeHeaderValue JsonUtf8 = MediaTypeHeaderValue.Parse("application/json; charset=UTF-8");

    public async Task<AlipayResult<TResp>> SendAsync<TReq, TResp>(
        string function, TReq body, JsonTypeInfo<TReq> requestInfo, JsonTypeInfo<TResp> responseInfo,
        Func<TResp, ResultInfo?> resultOf, CancellationToken cancellationToken)
        where TResp : class
    {
        using var span = ClientTelemetry.StartCall(function, options.ClientId);
        var started = Stopwatch.GetTimestamp();
        try
        {
            var result = await SendCoreAsync(function, body, requestInfo, responseInfo, resultOf, cancellationToken).ConfigureAwait(false);
            ClientTelemetry.CallEnded(span, function, result.ResultStatus, result.ResultCode, result.Attempts, started);
            if (result.Body is PayQueryResponse query)
            {
                span?.SetTag(AlipayInStoreTelemetry.AcquirementStatusTag, query.AcquirementStatus);
            }
            return result;
        }
        catch (AlipayException ex) when (ex is not AlipayConfigurationException)
        {
            // No trusted answer: the outcome is unknown, whatever an unverifiable answer claimed.
            ClientTelemetry.CallEnded(span, function, "U", null, (ex as AlipayTransportException)?.Attempts ?? 1, started, ex.GetType().Name);
            throw;
        }
    }

    private async Task<AlipayResult<TResp>> SendCoreAsync<TReq, TResp>(
        string function, TReq body, JsonTypeInfo<TReq> requestInfo, JsonTypeInfo<TResp> responseInfo,
        Func<TResp, ResultInfo?> resultOf, CancellationToken cancellationToken)
        where TResp : class
    {
        var creds = credentials.Value;
        var url = Url(function);
        var maxAttempts = Math.Max(1, options.MaxAttempts);
        for (var attempt = 1; ; attempt++)
        {
            var head = NewHead(function, creds.SignType);
            var envelope = EnvelopeWriter.Write("request", head, ProtocolJsonContext.Default.RequestHead, body, requestInfo, creds.Signer, creds.Encoding);
            int status;
            byte[]? bytes;
            Exception? failure;
            using (var attemptSpan = ClientTelemetry.StartAttempt(function, options.ClientId, attempt))
            {
                (status, bytes, failure) = await PostOnceAsync(url, envelope.Bytes, cancellationToken).ConfigureAwait(false);
                ClientTelemetry.AttemptEnded(attemptSpan, status, failure);
            }
            var retryable = failure is not null || status >= 500;
            if (!retryable)
            {
                try
                {
                    return ResponseReader.Read(bytes!, status, function, head.ReqMsgId!, creds.Verifier, responseInfo, resultOf, attempt);
                }
                catch (AlipaySignatureException ex)
                {
                    Log.SignatureRefused(logger, function, ex.UnverifiedResultCode);
                    throw;
                }
            }
            if (attempt >= maxAttempts)
            {
                throw Transport(function, attempt, status, failure);
            }
            ClientTelemetry.Retrying(function);
            var delay = Backoff.Delay(attempt + 1, options.RetryBaseDelay, options.RetryMaxDelay);
            Log.Retrying(logger, function, attempt, failure?.Message ?? $"HTTP {status}", (long)delay.TotalMilliseconds);
            await Task.Delay(delay, time, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<(int Status, byte[]? Bytes, Exception? Failure)> PostOnceAsync(Uri url, byte[] payload, CancellationToken cancellationToken)
    {
        using var timeout = new CancellationTokenSource(options.RequestTimeout, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new ByteArrayContent(payload) };
            request.Content.Headers.ContentType = JsonUtf8;
            ClientTelemetry.Propagate(request.Headers);
            using var response = await httpClient().SendAsync(request, linked.Token).ConfigureAwait(false);
            var bytes = await response.Content.ReadAsByteArrayAsync(linked.Token).ConfigureAwait(false);
            return ((int)response.StatusCode, bytes, null);
        }
        catch (OperationCanceledException ex) when (!cancellationToken.IsCancellationRequested)
        {
            return (0, null, new TimeoutException($"no answer within {options.RequestTimeout.TotalSeconds:0.###} s", ex));
        }
        catch (HttpRequestException ex)
        {
            return (0, null, ex);
        }
    }

    private static AlipayTransportException Transport(string function, int attempts, int status, Exception? failure)
    {
        var isTimeout = failure is TimeoutException;
        var what = failure is null ? $"the gateway answered HTTP {status}" : failure.Message;
        return new AlipayTransportException(
            $"{function} failed after {attempts} attempt(s): {what}. The outcome is unknown; query before deciding.",
            function, attempts, isTimeout, failure is null ? status : null, failure);
    }

    private RequestHead NewHead(string function, string signType) => new()
    {
        Version = ApiFunctions.Version,
        Function = function,
        ClientId = options.ClientId,
        ReqTime = Rfc3339.Format(time.GetLocalNow()),
        ReqMsgId = Guid.CreateVersion7(time.GetUtcNow()).ToString("N"),
        SignType = signType,
    };

    private Uri Url(string function)
    {
        if (string.IsNullOrWhiteSpace(options.GatewayUrl) || !Uri.TryCreate(options.GatewayUrl.TrimEnd('/'), UriKind.Absolute, out var gateway))
        {
            throw new AlipayConfigurationException($"GatewayUrl '{options.GatewayUrl}' is not an absolute URL such as https://open-na.alipay.com.");
        }
        return new Uri(gateway.AbsoluteUri.TrimEnd('/') + ApiFunctions.PathOf(function));
    }
}
