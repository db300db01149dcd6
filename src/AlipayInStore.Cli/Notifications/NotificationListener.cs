using System.Net.Http.Headers;
using AlipayInStore.Protocol.Envelope;
using AlipayInStore.Protocol.Json;
using AlipayInStore.Protocol.Results;
using AlipayInStore.Protocol.Signing;
using AlipayInStore.Protocol.Validation;
using AlipayInStore.Protocol.Wire;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace AlipayInStore.Cli.Notifications;

/// <summary>
/// The local endpoint of <c>notifications listen</c>: prints each delivery, then forwards the exact bytes to the
/// merchant's app and relays its answer (status, content type and bytes) back to the gateway; without an app to
/// forward to, it acknowledges verified notifications itself with the merchant's key.
/// </summary>
internal sealed class NotificationListener : IAsyncDisposable
{
    public const string Path = "/notify";

    private readonly WebApplication _app;
    private readonly IMessageVerifier _gateway;
    private readonly IMessageSigner _merchant;
    private readonly Uri? _forwardTo;
    private readonly NotificationPrinter _printer;
    private readonly HttpClient _http;

    private NotificationListener(WebApplication app, IMessageVerifier gateway, IMessageSigner merchant, Uri? forwardTo, NotificationPrinter printer, TimeSpan timeout)
    {
        _app = app;
        _gateway = gateway;
        _merchant = merchant;
        _forwardTo = forwardTo;
        _printer = printer;
        _http = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, UseProxy = false }) { Timeout = timeout };
    }

    public string Url => LoopbackHost.Url(_app, Path);

    public static async Task<NotificationListener> StartAsync(int port, IMessageVerifier gateway, IMessageSigner merchant, Uri? forwardTo, NotificationPrinter printer, CancellationToken ct)
    {
        var app = LoopbackHost.CreateBuilder(port).Build();
        var listener = new NotificationListener(app, gateway, merchant, forwardTo, printer, TimeSpan.FromSeconds(30));
        app.MapPost(Path, listener.HandleAsync);
        await app.StartAsync(ct);
        return listener;
    }

    private async Task HandleAsync(HttpContext http)
    {
        using var buffer = new MemoryStream();
        await http.Request.Body.CopyToAsync(buffer, http.RequestAborted);
        var bytes = buffer.ToArray();
        if (!EnvelopeReader.TryRead(bytes, "request", out var envelope, out var error))
        {
            _printer.NotAnEnvelope(error);
        }
        else
        {
            EnvelopeReader.TryParse(envelope.Head, ProtocolJsonContext.Default.RequestHead, "request.head", out var head, out _);
            var verified = _gateway.Verify(envelope.SignedContent.Span, envelope.Signature);
            _printer.Notification(envelope, head, verified);
            if (_forwardTo is null)
            {
                await AcknowledgeAsync(http, head, verified);
                return;
            }
        }
        if (_forwardTo is null)
        {
            http.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }
        await ForwardAsync(http, bytes);
    }

    private async Task ForwardAsync(HttpContext http, byte[] bytes)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, _forwardTo) { Content = new ByteArrayContent(bytes) };
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(http.Request.ContentType ?? "application/json; charset=UTF-8");
        try
        {
            using var response = await _http.SendAsync(request, http.RequestAborted);
            var answer = await response.Content.ReadAsByteArrayAsync(http.RequestAborted);
            _printer.Answered($"your app ({_forwardTo})", (int)response.StatusCode, answer);
            http.Response.StatusCode = (int)response.StatusCode;
            http.Response.ContentType = response.Content.Headers.ContentType?.ToString();
            await http.Response.Body.WriteAsync(answer, http.RequestAborted);
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
        {
            _printer.Line($"could not forward to {_forwardTo}: {ex.Message}; the gateway will deliver it again on its schedule");
            http.Response.StatusCode = StatusCodes.Status502BadGateway;
        }
    }

    private async Task AcknowledgeAsync(HttpContext http, RequestHead? head, bool verified)
    {
        var info = verified ? ResultCodes.Success.ToInfo("success") : ResultCodes.InvalidSignature.ToInfo();
        var answerHead = new ResponseHead
        {
            Version = ApiFunctions.Version,
            Function = head?.Function,
            ClientId = head?.ClientId,
            RespTime = Rfc3339.Format(TimeProvider.System.GetLocalNow()),
            ReqMsgId = head?.ReqMsgId,
        };
        var envelope = EnvelopeWriter.Write("response", answerHead, ProtocolJsonContext.Default.ResponseHead,
            new AcknowledgementBody { ResultInfo = info }, ProtocolJsonContext.Default.AcknowledgementBody, _merchant);
        var status = verified ? StatusCodes.Status200OK : StatusCodes.Status401Unauthorized;
        _printer.Answered("listen", status, envelope.Bytes);
        http.Response.StatusCode = status;
        http.Response.ContentType = "application/json; charset=UTF-8";
        await http.Response.Body.WriteAsync(envelope.Bytes, http.RequestAborted);
    }

    public async ValueTask DisposeAsync()
    {
        _http.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
