namespace AlipayInStore.Client;

/// <summary>
/// The names under which the SDK reports traces and metrics, through <see cref="System.Diagnostics.ActivitySource"/> and
/// <see cref="System.Diagnostics.Metrics.Meter"/> from the base library: nothing is collected until the host listens,
/// e.g. with OpenTelemetry's <c>AddSource(AlipayInStoreTelemetry.SourceName)</c> and <c>AddMeter(AlipayInStoreTelemetry.MeterName)</c>.
/// Spans and measurements carry the function, result status and code, attempt number and Client ID; never keys,
/// signatures, payment codes or buyer identities.
/// </summary>
public static class AlipayInStoreTelemetry
{
    /// <summary>The <see cref="System.Diagnostics.ActivitySource"/> name: one span per call, one child span per HTTP attempt, one span per flow.</summary>
    public const string SourceName = "AlipayInStore.Client";

    /// <summary>The <see cref="System.Diagnostics.Metrics.Meter"/> name.</summary>
    public const string MeterName = "AlipayInStore.Client";

    /// <summary>Histogram, seconds: the duration of one call, all attempts included; tags <c>alipay.function</c>, <c>alipay.result_status</c>.</summary>
    public const string CallDuration = "alipay.client.call.duration";

    /// <summary>Counter: attempts made again after a transport failure or an HTTP 5xx; tag <c>alipay.function</c>.</summary>
    public const string Retries = "alipay.client.retries";

    /// <summary>Counter: calls whose outcome is unknown (result status U, no answer, or an answer that could not be trusted); tag <c>alipay.function</c>.</summary>
    public const string UnknownResults = "alipay.client.unknown_results";

    /// <summary>Tag: the API function, e.g. <c>alipay.intl.acquiring.offline.pay</c>.</summary>
    public const string FunctionTag = "alipay.function";

    /// <summary>Tag: the merchant's Client ID (the only identity reported).</summary>
    public const string ClientIdTag = "alipay.client_id";

    /// <summary>Tag: the result status, <c>S</c>, <c>F</c> or <c>U</c>; <c>U</c> also when no trusted answer arrived.</summary>
    public const string ResultStatusTag = "alipay.result_status";

    /// <summary>Tag: the result code, e.g. <c>SUCCESS</c> or <c>BUYER_BALANCE_NOT_ENOUGH</c>.</summary>
    public const string ResultCodeTag = "alipay.result_code";

    /// <summary>Tag: the attempt number (1 for the first) on an attempt span; the number of attempts on a call span.</summary>
    public const string AttemptTag = "alipay.attempt";

    /// <summary>Tag on a payQuery call span: the transaction's status as the gateway reported it, e.g. <c>WAIT_BUYER_PAY</c> or <c>SUCCESS</c>.</summary>
    public const string AcquirementStatusTag = "alipay.acquirement_status";

    /// <summary>Tag on a flow span: the outcome, <c>Paid</c>, <c>Failed</c>, <c>Cancelled</c> or <c>NeedsAttention</c>.</summary>
    public const string OutcomeTag = "alipay.outcome";
}
