namespace AlipayInStore.Gateway.Notifications;

/// <summary>
/// How a receiver answered one POST of a notification envelope: the HTTP status (null when no answer came), the
/// answer's bytes (null when none, or over the size limit), how long it took, and the verdict — why it is not an
/// acknowledgement (<see cref="Error"/>, null when it is one) or what is wrong with an accepted one (<see cref="Warning"/>).
/// </summary>
internal sealed record DeliveryAnswer(int? HttpStatus, byte[]? Answer, TimeSpan Duration, string? Error, string? Warning);
