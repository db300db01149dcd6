using AlipayInStore.Client.Internal;
using AlipayInStore.Protocol.Envelope;
using AlipayInStore.Protocol.Json;
using AlipayInStore.Protocol.Results;
using AlipayInStore.Protocol.Wire;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace AlipayInStore.Client.Notifications;

/// <summary>Receives one delivery: read raw, verify, parse, deduplicate, call the handler, acknowledge. Any bytes at all get a signed answer.</summary>
internal static class NotificationEndpoint
{
    public static async Task HandleAsync(HttpContext context, string name, Func<AlipayNotification, IServiceProvider, CancellationToken, Task> handler)
    {
        var services = context.RequestServices;
        var client = services.GetRequiredService<AlipayInStoreClientFactory>().Get(name);
        var time = services.GetRequiredService<TimeProvider>();
        var credentials = client.Credentials;
        var ct = context.RequestAborted;
        var logger = services.GetService<ILoggerFactory>()?.CreateLogger("AlipayInStore.Client.Notifications") ?? NullLogger.Instance;

        var bytes = await ReadBodyAsync(context.Request, ct).ConfigureAwait(false);
        string? error = null;
        if (bytes is null || !EnvelopeReader.TryRead(bytes, "request", out var envelope, out error))
        {
            var reason = "not a notification envelope: " + (error ?? $"the body is unreadable or over {EnvelopeReader.DefaultMaxBytes} bytes");
            Log.NotificationRefused(logger, reason);
            await AnswerAsync(context, 400, ApiFunctions.NotifyPay, null, client, ResultCodes.ParamIllegal.ToInfo(reason), time).ConfigureAwait(false);
            return;
        }
        EnvelopeReader.TryParse(envelope.Head, ProtocolJsonContext.Default.RequestHead, "request.head", out var head, out _);
        var function = head?.Function is ApiFunctions.NotifyPay or ApiFunctions.NotifyRefund ? head.Function : ApiFunctions.NotifyPay;
        if (!credentials.Verifier.Verify(envelope.SignedContent.Span, envelope.Signature))
        {
            Log.NotificationRefused(logger, "the signature does not verify with the gateway key");
            await AnswerAsync(context, 401, function, head?.ReqMsgId, client, ResultCodes.InvalidSignature.ToInfo(), time).ConfigureAwait(false);
            return;
        }
        if (!TryParse(envelope, head, client.ClientId, out var notification, out error))
        {
            Log.NotificationRefused(logger, error!);
            await AnswerAsync(context, 400, function, head?.ReqMsgId, client, ResultCodes.ParamIllegal.ToInfo(error), time).ConfigureAwait(false);
            return;
        }
        var (status, info) = await DispatchAsync(notification, services, handler, logger, ct).ConfigureAwait(false);
        await AnswerAsync(context, status, function, head!.ReqMsgId, client, info, time).ConfigureAwait(false);
    }

    private static async Task<(int Status, ResultInfo Info)> DispatchAsync(
        AlipayNotification notification, IServiceProvider services, Func<AlipayNotification, IServiceProvider, CancellationToken, Task> handler, ILogger logger, CancellationToken ct)
    {
        var store = services.GetRequiredService<IAlipayNotificationStore>();
        var key = notification.DeduplicationKey;
        switch (await store.TryClaimAsync(key, ct).ConfigureAwait(false))
        {
            case NotificationClaim.AlreadyProcessed:
                Log.NotificationDuplicate(logger, key);
                return (200, Acknowledgement.Success);
            case NotificationClaim.InProgress:
                return (409, ResultCodes.SystemError.ToInfo("this notification is being handled; deliver it again later"));
        }
        try
        {
            await handler(notification, services, ct).ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            Log.NotificationHandlerFailed(logger, ex, key);
            // The gateway retries on any non-success answer; the handler's error stays in the merchant's own logs.
            await store.ReleaseAsync(key, CancellationToken.None).ConfigureAwait(false);
            return (500, ResultCodes.SystemError.ToInfo("the merchant's handler failed; deliver it again later"));
        }
        await store.CompleteAsync(key, CancellationToken.None).ConfigureAwait(false);
        if (notification.Payment is { } payment)
        {
            services.GetService<PaymentSignals>()?.Publish(payment);
        }
        return (200, Acknowledgement.Success);
    }

    private static bool TryParse(RawEnvelope envelope, RequestHead? head, string? clientId, out AlipayNotification notification, out string? error)
    {
        notification = null!;
        if (head is null)
        {
            error = "request.head cannot be read";
            return false;
        }
        if (clientId is not null && head.ClientId != clientId)
        {
            error = $"request.head.clientId '{head.ClientId}' is not this merchant's";
            return false;
        }
        PayNotification? payment = null;
        RefundNotification? refund = null;
        var ok = head.Function switch
        {
            ApiFunctions.NotifyPay => EnvelopeReader.TryParse(envelope.Body, ProtocolJsonContext.Default.PayNotification, "request.body", out payment, out error),
            ApiFunctions.NotifyRefund => EnvelopeReader.TryParse(envelope.Body, ProtocolJsonContext.Default.RefundNotification, "request.body", out refund, out error),
            _ => Fail($"request.head.function '{head.Function}' is not a notification", out error),
        };
        if (ok)
        {
            notification = new AlipayNotification(head, payment, refund, envelope.SignedText);
        }
        return ok;
    }

    private static bool Fail(string message, out string? error)
    {
        error = message;
        return false;
    }

    private static async Task<byte[]?> ReadBodyAsync(HttpRequest request, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[8192];
        try
        {
            int read;
            while ((read = await request.Body.ReadAsync(chunk, ct).ConfigureAwait(false)) > 0)
            {
                if (buffer.Length + read > EnvelopeReader.DefaultMaxBytes)
                {
                    return null;
                }
                buffer.Write(chunk, 0, read);
            }
        }
        catch (BadHttpRequestException)
        {
            // A malformed or stalled upload is answered like any other unreadable body: 400 with a signed envelope.
            return null;
        }
        return buffer.ToArray();
    }

    private static Task AnswerAsync(HttpContext context, int status, string function, string? reqMsgId, AlipayInStoreClient client, ResultInfo info, TimeProvider time)
    {
        var bytes = Acknowledgement.Write(function, reqMsgId, client.ClientId, info, client.Credentials, time);
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json; charset=UTF-8";
        return context.Response.Body.WriteAsync(bytes, context.RequestAborted).AsTask();
    }
}
