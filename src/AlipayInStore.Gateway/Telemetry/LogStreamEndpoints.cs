using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Routing;

namespace AlipayInStore.Gateway.Telemetry;

/// <summary><c>GET /sandbox/logs/stream</c>: every API exchange as it happens, as Server-Sent Events (<c>event: exchange</c>, JSON data).</summary>
internal static class LogStreamEndpoints
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private static readonly TimeSpan KeepAlive = TimeSpan.FromSeconds(15);

    public static RouteGroupBuilder MapTelemetryControl(this RouteGroupBuilder group)
    {
        group.MapGet("/logs/stream", StreamAsync);
        return group;
    }

    private static async Task StreamAsync(HttpContext http, ExchangeFeed feed, string? function, string? status, string? clientId, string? acquirementId)
    {
        var ct = http.RequestAborted;
        http.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();
        http.Response.ContentType = "text/event-stream";
        http.Response.Headers.CacheControl = "no-cache";
        // The first comment tells the client the stream is open: anything after it is live traffic.
        await http.Response.WriteAsync(": connected\n\n", ct);
        await http.Response.Body.FlushAsync(ct);
        var filter = new ExchangeFilter(Empty(function), Empty(status), Empty(clientId), Empty(acquirementId));
        await using var events = feed.SubscribeAsync(filter, ct).GetAsyncEnumerator(ct);
        var next = events.MoveNextAsync().AsTask();
        while (true)
        {
            var idle = Task.Delay(KeepAlive, ct);
            if (await Task.WhenAny(next, idle) != next)
            {
                if (ct.IsCancellationRequested)
                {
                    break;
                }
                await SafeWriteAsync(http, ": keep-alive\n\n", ct);
                continue;
            }
            if (!await next)
            {
                break;
            }
            await SafeWriteAsync(http, "event: exchange\ndata: " + JsonSerializer.Serialize(events.Current, Json) + "\n\n", ct);
            next = events.MoveNextAsync().AsTask();
        }
        // The stream ends with the client's request: the subscription sees the same token and finishes too.
        await next;
    }

    private static async Task SafeWriteAsync(HttpContext http, string text, CancellationToken ct)
    {
        try
        {
            await http.Response.WriteAsync(text, ct);
            await http.Response.Body.FlushAsync(ct);
        }
        catch (Exception ex) when (ex is OperationCanceledException or IOException)
        {
            // The client went away; the loop ends on the cancelled request token.
        }
    }

    private static string? Empty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
