namespace AlipayInStore.Gateway.Acceptance;

/// <summary>
/// A notification the kit itself sent to a merchant during a run (a repeat of a genuine one, or a forged one), and how
/// the receiver answered. Each press of "send" is a batch; a case is graded on its latest batch. A batch that could not
/// be sent (no notification to repeat, no notify URL) is one row with <see cref="Error"/> and no target.
/// </summary>
internal sealed class KitDelivery
{
    private KitDelivery()
    {
    }

    public KitDelivery(long runId, string caseId, int batch, KitAction kind, DateTimeOffset at, string reference, string targetUrl)
    {
        RunId = runId;
        CaseId = caseId;
        Batch = batch;
        Kind = kind;
        At = at;
        Reference = reference;
        TargetUrl = targetUrl;
    }

    public long Id { get; private set; }

    /// <summary>The <see cref="AcceptanceRun.Id"/> it belongs to.</summary>
    public long RunId { get; private set; }
    public string CaseId { get; private set; } = "";
    public int Batch { get; private set; }
    public KitAction Kind { get; private set; }
    public DateTimeOffset At { get; private set; }

    /// <summary>The acquirementId of the notification sent (empty when nothing was sent).</summary>
    public string Reference { get; private set; } = "";
    public string TargetUrl { get; private set; } = "";
    public int? HttpStatus { get; private set; }
    public double DurationMs { get; private set; }

    /// <summary>The answer's resultInfo as "status/code", when it was a readable response envelope.</summary>
    public string? Answer { get; private set; }

    /// <summary>The answer counts as an acknowledgement (PROTOCOL.md §6, as the gateway judges its own deliveries).</summary>
    public bool Acknowledged { get; private set; }
    public string? Error { get; private set; }
    public string? Warning { get; private set; }

    public bool Sent => TargetUrl.Length > 0;

    public void Finish(int? httpStatus, TimeSpan duration, string? answer, string? error, string? warning)
    {
        HttpStatus = httpStatus;
        DurationMs = duration.TotalMilliseconds;
        Answer = answer;
        Acknowledged = error is null;
        Error = Clip(error);
        Warning = Clip(warning);
    }

    private static string? Clip(string? text) => text is { Length: > 1000 } ? text[..1000] + "…" : text;
}
