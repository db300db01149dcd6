namespace AlipayInStore.Gateway.Telemetry;

/// <summary>
/// What telemetry reports of one API exchange (the request metric, the span's tags, the live feed). OpenApi makes it
/// from its <c>Exchange</c>; telemetry, which the engine and the outbox also use, does not know OpenApi.
/// </summary>
internal readonly record struct ExchangeSummary(
    DateTimeOffset At,
    string? Function,
    string? ClientId,
    string ResultStatus,
    string ResultCode,
    string Verification,
    double DurationMs,
    string? MerchantTransId,
    string? AcquirementId,
    string? MerchantRefundId);
