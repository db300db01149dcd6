using Microsoft.Extensions.Logging;

namespace AlipayInStore.Client.Internal;

/// <summary>Every log message of the SDK. Keys, signatures and payment codes are never logged.</summary>
internal static partial class Log
{
    [LoggerMessage(1, LogLevel.Warning, "{Function} attempt {Attempt} failed ({Reason}); retrying in {DelayMs} ms with the same business ids")]
    public static partial void Retrying(ILogger logger, string function, int attempt, string reason, long delayMs);

    [LoggerMessage(2, LogLevel.Error, "{Function}: response refused, its signature does not verify (claimed {ClaimedCode})")]
    public static partial void SignatureRefused(ILogger logger, string function, string? claimedCode);

    [LoggerMessage(3, LogLevel.Warning, "Notification refused: {Reason}")]
    public static partial void NotificationRefused(ILogger logger, string reason);

    [LoggerMessage(4, LogLevel.Error, "Notification handler failed for {Key}; answered non-success so the gateway delivers again")]
    public static partial void NotificationHandlerFailed(ILogger logger, Exception exception, string key);

    [LoggerMessage(5, LogLevel.Information, "Duplicate notification {Key} acknowledged without calling the handler")]
    public static partial void NotificationDuplicate(ILogger logger, string key);
}
