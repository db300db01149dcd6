namespace AlipayInStore.Gateway.Notifications;

/// <summary>An outbox row: a notification to deliver, written in the same transaction as the state change that causes it.</summary>
internal sealed class Notification
{
    private Notification()
    {
    }

    public Notification(long merchantId, string function, string bodyJson, string? targetUrl, string reference, DateTimeOffset now)
    {
        MerchantId = merchantId;
        Function = function;
        BodyJson = bodyJson;
        TargetUrl = targetUrl;
        Reference = reference;
        CreatedAt = now;
        NextAttemptAt = now;
    }

    public long Id { get; private set; }
    public long MerchantId { get; private set; }
    public string Function { get; private set; } = "";

    /// <summary>The notification body as JSON; the envelope is signed at delivery time.</summary>
    public string BodyJson { get; private set; } = "";

    /// <summary>The request's notifyUrl, or null to use the merchant's configured one at delivery time.</summary>
    public string? TargetUrl { get; private set; }

    /// <summary>The acquirementId or refundId the notification is about.</summary>
    public string Reference { get; private set; } = "";
    public NotificationStatus Status { get; private set; }
    public int Attempts { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset? NextAttemptAt { get; private set; }
}
