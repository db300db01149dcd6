using System.Diagnostics;
using System.Diagnostics.Metrics;
using Microsoft.AspNetCore.Http;

namespace AlipayInStore.Gateway.Telemetry;

/// <summary>
/// The gateway's ActivitySource and Meter (base library only; the host exports them when asked, see TelemetrySetup).
/// Spans and measurements carry functions, result codes, Client IDs and transaction ids; never keys, signatures or payment codes.
/// </summary>
internal static class GatewayTelemetry
{
    public const string SourceName = "AlipayInStore.Gateway";
    public const string MeterName = "AlipayInStore.Gateway";

    public static readonly ActivitySource Source = new(SourceName);
    private static readonly Meter Meter = new(MeterName);
    private static readonly Counter<long> Requests = Meter.CreateCounter<long>("alipay.gateway.requests", "{request}", "API requests by function and result");
    private static readonly Histogram<double> CommitDuration = Meter.CreateHistogram<double>("alipay.gateway.commit.duration", "s", "Time to save and commit one unit of work",
        advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5] });
    private static readonly Counter<long> NotificationAttempts = Meter.CreateCounter<long>("alipay.gateway.notification.attempts", "{attempt}", "Notification deliveries by function and outcome");
    private static readonly Counter<long> AcceptanceRuns = Meter.CreateCounter<long>("alipay.gateway.acceptance.runs", "{run}", "Acceptance runs started");
    private static long _queueDepth;

    static GatewayTelemetry()
    {
        Meter.CreateObservableGauge("alipay.gateway.notification.queue_depth", () => Interlocked.Read(ref _queueDepth), "{notification}",
            "Notifications waiting for a delivery (pending), as counted on the dispatcher's last tick");
    }

    /// <summary>
    /// The server span of one API request. It continues the caller's trace from the W3C <c>traceparent</c> header
    /// (the SDK sends its attempt span), else starts one; ASP.NET Core's own request activity is not its parent.
    /// </summary>
    public static Activity? StartPipeline(HttpContext http, string? pathFunction)
    {
        if (!Source.HasListeners())
        {
            return null;
        }
        var parent = RemoteParent(http.Request.Headers);
        Activity.Current = null;
        var name = "pipeline " + (pathFunction is null ? "unknown" : ShortName(pathFunction));
        var span = Source.StartActivity(name, ActivityKind.Server, parent);
        span?.SetTag("url.path", http.Request.Path.Value);
        return span;
    }

    /// <summary>A step of the pipeline (<c>verify</c>, <c>engine</c>, <c>commit</c>), a child of the current span.</summary>
    public static Activity? StartStep(string name) => Activity.Current is null ? null : Source.StartActivity(name);

    public static void PipelineEnded(Activity? span, in ExchangeSummary exchange)
    {
        Requests.Add(1,
            new KeyValuePair<string, object?>("alipay.function", exchange.Function ?? "unknown"),
            new KeyValuePair<string, object?>("alipay.result_status", exchange.ResultStatus),
            new KeyValuePair<string, object?>("alipay.result_code", exchange.ResultCode));
        if (span is null)
        {
            return;
        }
        span.SetTag("alipay.function", exchange.Function);
        span.SetTag("alipay.client_id", exchange.ClientId);
        span.SetTag("alipay.verification", exchange.Verification);
        span.SetTag("alipay.result_status", exchange.ResultStatus);
        span.SetTag("alipay.result_code", exchange.ResultCode);
        span.SetTag("alipay.merchant_trans_id", exchange.MerchantTransId);
        span.SetTag("alipay.acquirement_id", exchange.AcquirementId);
        if (exchange.ResultStatus is not ("S" or "F"))
        {
            span.SetStatus(ActivityStatusCode.Error, exchange.ResultCode);
        }
    }

    public static void Committed(long startedTimestamp) => CommitDuration.Record(Stopwatch.GetElapsedTime(startedTimestamp).TotalSeconds);

    /// <summary>The W3C id of the current span, stored with an outbox row so its delivery can link back to the request.</summary>
    public static string? CurrentTraceParent() => Activity.Current is { IdFormat: ActivityIdFormat.W3C, Recorded: true } current ? current.Id : null;

    /// <summary>A delivery: a new trace (it happens later, on the dispatcher), linked to the request that caused it.</summary>
    public static Activity? StartDelivery(string function, long notificationId, int attempt, string? causeTraceParent)
    {
        if (!Source.HasListeners())
        {
            return null;
        }
        ActivityLink[]? links = causeTraceParent is not null && ActivityContext.TryParse(causeTraceParent, null, isRemote: true, out var cause)
            ? [new ActivityLink(cause)]
            : null;
        Activity.Current = null;
        var span = Source.StartActivity("notify " + ShortName(function), ActivityKind.Producer, default(ActivityContext), links: links);
        span?.SetTag("alipay.function", function);
        span?.SetTag("alipay.notification_id", notificationId);
        span?.SetTag("alipay.attempt", attempt);
        return span;
    }

    public static void DeliveryEnded(Activity? span, string function, bool acknowledged, string? error)
    {
        NotificationAttempts.Add(1,
            new KeyValuePair<string, object?>("alipay.function", function),
            new KeyValuePair<string, object?>("alipay.outcome", acknowledged ? "acknowledged" : "failed"));
        span?.SetTag("alipay.outcome", acknowledged ? "acknowledged" : "failed");
        if (!acknowledged)
        {
            span?.SetStatus(ActivityStatusCode.Error, error);
        }
    }

    public static void QueueDepth(long pending) => Interlocked.Exchange(ref _queueDepth, pending);

    public static void AcceptanceRunStarted() => AcceptanceRuns.Add(1);

    private static ActivityContext RemoteParent(IHeaderDictionary headers) =>
        ActivityContext.TryParse(headers["traceparent"].ToString(), headers["tracestate"].ToString(), isRemote: true, out var context) ? context : default;

    private static string ShortName(string function) => function[(function.LastIndexOf('.') + 1)..];
}
