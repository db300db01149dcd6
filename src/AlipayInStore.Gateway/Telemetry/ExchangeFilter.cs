namespace AlipayInStore.Gateway.Telemetry;

/// <summary>Which exchanges a <c>logs tail</c> stream wants; every given field must match (function by suffix: <c>pay</c> matches the pay function only).</summary>
internal sealed record ExchangeFilter(string? Function, string? Status, string? ClientId, string? AcquirementId)
{
    public bool Matches(ExchangeEvent e) =>
        (Function is null || e.Function == Function || (e.Function is not null && e.Function.EndsWith("." + Function, StringComparison.Ordinal)))
        && (Status is null || string.Equals(e.ResultStatus, Status, StringComparison.OrdinalIgnoreCase))
        && (ClientId is null || e.ClientId == ClientId)
        && (AcquirementId is null || e.AcquirementId == AcquirementId);
}
