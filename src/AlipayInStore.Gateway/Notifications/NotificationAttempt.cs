namespace AlipayInStore.Gateway.Notifications;

/// <summary>One delivery of a notification, as it went: when, where, the HTTP status, how long, and why it failed.</summary>
internal sealed class NotificationAttempt
{
    private NotificationAttempt()
    {
    }

    public NotificationAttempt(long notificationId, int number, bool manual, DateTimeOffset at, string targetUrl, string reqMsgId, string signType, string dispatcher)
    {
        NotificationId = notificationId;
        Number = number;
        Manual = manual;
        At = at;
        TargetUrl = targetUrl;
        ReqMsgId = reqMsgId;
        SignType = signType;
        Dispatcher = dispatcher;
    }

    public long Id { get; private set; }
    public long NotificationId { get; private set; }

    /// <summary>1 for the first delivery, and so on (manual re-sends included).</summary>
    public int Number { get; private set; }
    public bool Manual { get; private set; }

    /// <summary>When the delivery started, on the sandbox clock.</summary>
    public DateTimeOffset At { get; private set; }
    public string TargetUrl { get; private set; } = "";
    public string ReqMsgId { get; private set; } = "";
    public string SignType { get; private set; } = "";

    /// <summary>The dispatcher (gateway instance) that made it.</summary>
    public string Dispatcher { get; private set; } = "";

    /// <summary>The receiver's HTTP status, or null when no answer came (timeout, refused connection).</summary>
    public int? HttpStatus { get; private set; }
    public double DurationMs { get; private set; }
    public bool Acknowledged { get; private set; }

    /// <summary>Why the delivery counts as failed.</summary>
    public string? Error { get; private set; }

    /// <summary>Accepted, but not as the protocol wants it (e.g. an unsigned acknowledgement in the sandbox).</summary>
    public string? Warning { get; private set; }

    public void Finish(int? httpStatus, TimeSpan duration, string? error, string? warning)
    {
        HttpStatus = httpStatus;
        DurationMs = duration.TotalMilliseconds;
        Acknowledged = error is null;
        Error = error;
        Warning = warning;
    }
}
