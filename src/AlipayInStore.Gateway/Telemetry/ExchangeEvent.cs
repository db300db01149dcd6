namespace AlipayInStore.Gateway.Telemetry;

/// <summary>One API exchange as <c>logs tail</c> shows it: what was asked, what was answered, how it verified, how long it took.</summary>
internal sealed record ExchangeEvent(
    string At,
    string? Function,
    string? ClientId,
    string ResultStatus,
    string ResultCode,
    string Verification,
    double DurationMs,
    string? MerchantTransId,
    string? AcquirementId,
    string? MerchantRefundId,
    string? TraceId);
