using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Net.Http.Headers;
using T = AlipayInStore.Client.AlipayInStoreTelemetry;

namespace AlipayInStore.Client.Telemetry;

/// <summary>The SDK's ActivitySource, Meter and instruments; every span and measurement is made here.</summary>
internal static class ClientTelemetry
{
    private static readonly string Version = typeof(ClientTelemetry).Assembly.GetName().Version?.ToString() ?? "0";

    public static readonly ActivitySource Source = new(T.SourceName, Version);
    private static readonly Meter Meter = new(T.MeterName, Version);
    private static readonly Histogram<double> Duration = Meter.CreateHistogram<double>(T.CallDuration, "s", "Duration of one API call, retries included",
        advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30] });
    private static readonly Counter<long> RetryCount = Meter.CreateCounter<long>(T.Retries, "{attempt}", "Attempts made again after a transport failure or HTTP 5xx");
    private static readonly Counter<long> UnknownCount = Meter.CreateCounter<long>(T.UnknownResults, "{call}", "Calls whose outcome is unknown");

    public static Activity? StartCall(string function, string? clientId)
    {
        var activity = Source.StartActivity(ShortName(function), ActivityKind.Internal);
        activity?.SetTag(T.FunctionTag, function);
        activity?.SetTag(T.ClientIdTag, clientId);
        return activity;
    }

    public static Activity? StartAttempt(string function, string? clientId, int attempt)
    {
        var activity = Source.StartActivity(ShortName(function) + " attempt", ActivityKind.Client);
        activity?.SetTag(T.FunctionTag, function);
        activity?.SetTag(T.ClientIdTag, clientId);
        activity?.SetTag(T.AttemptTag, attempt);
        return activity;
    }

    public static Activity? StartFlow(string name, string? clientId)
    {
        var activity = Source.StartActivity(name, ActivityKind.Internal);
        activity?.SetTag(T.ClientIdTag, clientId);
        return activity;
    }

    /// <summary>Sends the current trace (the attempt span, or the application's own) to the gateway as W3C trace context.</summary>
    public static void Propagate(HttpRequestHeaders headers)
    {
        if (Activity.Current is { IdFormat: ActivityIdFormat.W3C } current)
        {
            headers.TryAddWithoutValidation("traceparent", current.Id);
            if (!string.IsNullOrEmpty(current.TraceStateString))
            {
                headers.TryAddWithoutValidation("tracestate", current.TraceStateString);
            }
        }
    }

    /// <summary>An answer arrived (HTTP status, or null when none did).</summary>
    public static void AttemptEnded(Activity? attempt, int status, Exception? failure)
    {
        if (attempt is null)
        {
            return;
        }
        attempt.SetTag("http.response.status_code", status == 0 ? null : status);
        if (failure is not null || status >= 500)
        {
            attempt.SetStatus(ActivityStatusCode.Error, failure?.Message ?? $"HTTP {status}");
        }
    }

    public static void Retrying(string function) => RetryCount.Add(1, new KeyValuePair<string, object?>(T.FunctionTag, function));

    public static void CallEnded(Activity? call, string function, string status, string? code, int attempts, long started, string? error = null)
    {
        call?.SetTag(T.ResultStatusTag, status);
        call?.SetTag(T.ResultCodeTag, code);
        call?.SetTag(T.AttemptTag, attempts);
        if (error is not null)
        {
            call?.SetStatus(ActivityStatusCode.Error, error);
        }
        var fn = new KeyValuePair<string, object?>(T.FunctionTag, function);
        Duration.Record(Stopwatch.GetElapsedTime(started).TotalSeconds, fn, new KeyValuePair<string, object?>(T.ResultStatusTag, status));
        if (status != "S" && status != "F")
        {
            UnknownCount.Add(1, fn);
        }
    }

    public static void FlowEnded(Activity? flow, PaymentOutcome outcome)
    {
        flow?.SetTag(T.OutcomeTag, outcome.Kind.ToString());
        flow?.SetTag(T.ResultCodeTag, outcome.ResultCode);
        flow?.SetTag("alipay.queries", outcome.Queries);
        flow?.SetTag("alipay.cancel_attempts", outcome.CancelAttempts);
        if (outcome.Kind == PaymentOutcomeKind.NeedsAttention)
        {
            flow?.SetStatus(ActivityStatusCode.Error, "the outcome is still unknown");
        }
    }

    /// <summary><c>alipay.intl.acquiring.offline.pay</c> → <c>alipay pay</c>: the span name, low in cardinality.</summary>
    private static string ShortName(string function) => "alipay " + function[(function.LastIndexOf('.') + 1)..];
}
