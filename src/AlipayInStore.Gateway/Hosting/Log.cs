using Microsoft.Extensions.Logging;

namespace AlipayInStore.Gateway.Hosting;

/// <summary>Every log message of the gateway. Never logs keys, passwords or full payment codes.</summary>
internal static partial class Log
{
    [LoggerMessage(1, LogLevel.Error, "{Work} failed; it runs again on the next tick")]
    public static partial void PeriodicWorkFailed(ILogger logger, string work, Exception ex);

    [LoggerMessage(2, LogLevel.Error, "Unexpected error answering {Path}; answered SYSTEM_ERROR")]
    public static partial void ApiUnexpected(ILogger logger, string path, Exception ex);

    [LoggerMessage(3, LogLevel.Warning, "Could not record {Count} exchange(s) (first: {Path}); retried one by one, then made storable")]
    public static partial void ExchangeNotRecorded(ILogger logger, string path, int count, Exception ex);

    [LoggerMessage(12, LogLevel.Warning, "Recorded an exchange of {Path} with its text made storable (marked repaired)")]
    public static partial void ExchangeRepaired(ILogger logger, string path);

    [LoggerMessage(13, LogLevel.Error, "Dropped an exchange of {Path}: the database refused it even made storable ({Dropped} dropped so far)")]
    public static partial void ExchangeDropped(ILogger logger, string path, long dropped);

    [LoggerMessage(4, LogLevel.Information, "Closed {Count} expired orders")]
    public static partial void OrdersExpired(ILogger logger, int count);

    [LoggerMessage(5, LogLevel.Information, "Completed {Count} asynchronous refunds")]
    public static partial void RefundsCompleted(ILogger logger, int count);

    [LoggerMessage(6, LogLevel.Information, "Produced the reconciliation file of {PartnerId} for {Day}")]
    public static partial void ReconciliationProduced(ILogger logger, string partnerId, DateOnly day);

    [LoggerMessage(11, LogLevel.Debug, "Notification {Id} delivered on delivery {Number}{Warning}")]
    public static partial void NotificationDelivered(ILogger logger, long id, int number, string? warning);

    [LoggerMessage(7, LogLevel.Information, "Notification {Id}: delivery {Number} failed ({Error}); retried on schedule")]
    public static partial void NotificationAttemptFailed(ILogger logger, long id, int number, string? error);

    [LoggerMessage(8, LogLevel.Warning, "Notification {Id} failed after {Attempts} deliveries (last: {Error}); it can be re-sent")]
    public static partial void NotificationGaveUp(ILogger logger, long id, int attempts, string? error);

    [LoggerMessage(9, LogLevel.Information, "Notification {Id} not sent: no notify URL on the request or the merchant")]
    public static partial void NotificationNoTarget(ILogger logger, long id);

    [LoggerMessage(10, LogLevel.Warning, "Notification {Id}: the claim expired during delivery and another dispatcher took it over")]
    public static partial void NotificationClaimLost(ILogger logger, long id);
}
