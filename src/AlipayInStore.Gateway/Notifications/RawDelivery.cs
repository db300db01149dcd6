namespace AlipayInStore.Gateway.Notifications;

/// <summary>
/// One POST of an envelope to a receiver, before any judging: the HTTP status (null when no answer came), the answer's
/// bytes (null when none, or when over the size limit), how long it took, and why nothing usable came back.
/// </summary>
internal sealed record RawDelivery(int? HttpStatus, byte[]? Answer, TimeSpan Duration, string? TransportError);
