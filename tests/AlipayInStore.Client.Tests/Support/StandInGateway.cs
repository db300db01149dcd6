using System.Collections.Concurrent;
using System.Text.Json;
using AlipayInStore.Protocol.Envelope;
using AlipayInStore.Protocol.Json;
using AlipayInStore.Tests.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace AlipayInStore.Client.Tests.Support;

/// <summary>A real Kestrel server on 127.0.0.1, port 0, standing in for the gateway at the HTTP seam; answers by script.</summary>
internal sealed class StandInGateway : IAsyncDisposable
{
    private LoopbackApp? _app;

    public string Url => _app!.Url;

    public ConcurrentQueue<GatewayCall> Calls { get; } = new();

    public IReadOnlyList<GatewayCall> CallsOf(string function) => Calls.Where(c => c.Function == function).ToList();

    /// <summary>Requests to paths outside <see cref="StartAsync"/>'s <c>servedPaths</c> (compared ordinally, so letter case counts).</summary>
    public ConcurrentQueue<string> RefusedPaths { get; } = new();

    /// <param name="script">The answer to each request.</param>
    /// <param name="servedPaths">When given, only these exact paths (case-sensitive) are served; any other path gets HTTP 404.</param>
    public static async Task<StandInGateway> StartAsync(Func<GatewayCall, GatewayReply> script, IReadOnlyCollection<string>? servedPaths = null)
    {
        var gateway = new StandInGateway();
        var served = servedPaths?.ToHashSet(StringComparer.Ordinal);
        gateway._app = await LoopbackApp.StartAsync(null, app => app.Run(context => served is null || served.Contains(context.Request.Path.Value ?? "")
            ? gateway.HandleAsync(context, script)
            : gateway.RefuseAsync(context)), stopTimeout: TimeSpan.FromSeconds(2));
        return gateway;
    }

    private Task RefuseAsync(HttpContext context)
    {
        RefusedPaths.Enqueue(context.Request.Path.Value ?? "");
        context.Response.StatusCode = StatusCodes.Status404NotFound;
        return Task.CompletedTask;
    }

    private async Task HandleAsync(HttpContext context, Func<GatewayCall, GatewayReply> script)
    {
        using var buffer = new MemoryStream();
        await context.Request.Body.CopyToAsync(buffer, context.RequestAborted);
        var bytes = buffer.ToArray();
        if (!EnvelopeReader.TryRead(bytes, "request", out var envelope, out var error)
            || !EnvelopeReader.TryParse(envelope.Head, ProtocolJsonContext.Default.RequestHead, "head", out var head, out error))
        {
            context.Response.StatusCode = 400;
            await context.Response.WriteAsync(error, context.RequestAborted);
            return;
        }
        using var body = JsonDocument.Parse(envelope.Body);
        var verifies = TestKeys.MerchantVerifier.Verify(envelope.SignedContent.Span, envelope.Signature);
        var call = new GatewayCall(context.Request.Path, context.Request.ContentType, bytes, envelope, head, body.RootElement.Clone(), verifies)
        {
            TraceParent = context.Request.Headers.TryGetValue("traceparent", out var traceParent) ? traceParent.ToString() : null,
        };
        Calls.Enqueue(call);
        var reply = script(call);
        if (reply.Abort)
        {
            context.Abort();
            return;
        }
        if (reply.Hang)
        {
            await Task.Delay(Timeout.Infinite, context.RequestAborted).ContinueWith(_ => { }, TaskScheduler.Default);
            return;
        }
        context.Response.StatusCode = reply.Status;
        context.Response.ContentType = "application/json; charset=UTF-8";
        await context.Response.Body.WriteAsync(reply.Bytes, context.RequestAborted);
    }

    public ValueTask DisposeAsync() => _app?.DisposeAsync() ?? ValueTask.CompletedTask;
}
