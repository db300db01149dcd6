namespace AlipayInStore.Gateway.Acceptance;

/// <summary>Control API body to start a run; the first merchant when no partnerId is given.</summary>
internal sealed record StartRunRequest(string? PartnerId);
