namespace AlipayInStore.Gateway.Notifications;

/// <summary>
/// An outbox row: a notification to deliver, written in the same transaction as the state change that causes it.
/// Dispatchers claim a row (ClaimedBy/ClaimedUntil) with a conditional update before sending it, so one notification
/// is never in flight to two receivers at once; ClaimedBy is also the concurrency token of every later change.
/// </summary>
internal sealed class Notification
{
    public const string NoNotifyUrl = "no notify URL";

    private Notification()
    {
    }

    public Notification(long merchantId, string function, string bodyJson, string? targetUrl, string reference, DateTimeOffset now, string? causeTraceParent = null)
    {
        CauseTraceParent = causeTraceParent;
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

    /// <summary>Every delivery made, scheduled or re-sent by hand.</summary>
    public int Attempts { get; private set; }

    /// <summary>Deliveries made on the retry schedule; a manual re-send does not use one up.</summary>
    public int ScheduledAttempts { get; private set; }

    /// <summary>The next delivery is a manual re-send (outside the schedule).</summary>
    public bool ResendRequested { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset? NextAttemptAt { get; private set; }
    public DateTimeOffset? LastAttemptAt { get; private set; }
    public DateTimeOffset? DeliveredAt { get; private set; }

    /// <summary>Why the last delivery failed (or why none was made), or the warning of an accepted acknowledgement.</summary>
    public string? LastError { get; private set; }

    /// <summary>The claim of the dispatcher delivering it right now (unique per claim), or null.</summary>
    public string? ClaimedBy { get; private set; }
    public DateTimeOffset? ClaimedUntil { get; private set; }

    /// <summary>The W3C trace context (traceparent) of the request whose state change wrote this row, when it was traced.</summary>
    public string? CauseTraceParent { get; private set; }

    /// <summary>Where this row is delivered for its <paramref name="merchant"/>: the request's URL, else the merchant's; null when neither is set.</summary>
    public string? TargetFor(Merchants.Merchant merchant)
    {
        var url = TargetUrl ?? merchant.NotifyUrl;
        return string.IsNullOrWhiteSpace(url) ? null : url;
    }

    public bool IsClaimed(DateTimeOffset now) => ClaimedBy is not null && ClaimedUntil >= now;

    /// <summary>Records a delivery made under <see cref="ClaimedBy"/> and moves along the schedule.</summary>
    public void RecordAttempt(NotificationAttempt attempt, IReadOnlyList<TimeSpan> schedule)
    {
        Attempts++;
        if (!ResendRequested)
        {
            ScheduledAttempts++;
        }
        ResendRequested = false;
        LastAttemptAt = attempt.At;
        ClaimedBy = null;
        ClaimedUntil = null;
        if (attempt.Acknowledged)
        {
            Status = NotificationStatus.Delivered;
            DeliveredAt = attempt.At;
            NextAttemptAt = null;
            LastError = attempt.Warning;
            return;
        }
        LastError = attempt.Error;
        if (ScheduledAttempts < schedule.Count)
        {
            Status = NotificationStatus.Pending;
            NextAttemptAt = attempt.At + schedule[ScheduledAttempts];
        }
        else
        {
            Status = NotificationStatus.Failed;
            NextAttemptAt = null;
        }
    }

    /// <summary>Neither the request nor the merchant gives a notify URL: nothing is sent; it can be re-sent once one is set.</summary>
    public void MarkNoTarget()
    {
        Status = NotificationStatus.Failed;
        NextAttemptAt = null;
        ResendRequested = false;
        LastError = NoNotifyUrl;
        ClaimedBy = null;
        ClaimedUntil = null;
    }

    /// <summary>One more delivery, now, outside the schedule; any notification can be re-sent.</summary>
    public void RequestResend(DateTimeOffset now)
    {
        Status = NotificationStatus.Pending;
        NextAttemptAt = now;
        ResendRequested = true;
    }
}
