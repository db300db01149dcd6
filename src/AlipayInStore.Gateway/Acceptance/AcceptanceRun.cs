namespace AlipayInStore.Gateway.Acceptance;

/// <summary>A merchant's acceptance run: which case is current, and when each case's window opened and closed.</summary>
internal sealed class AcceptanceRun
{
    private AcceptanceRun()
    {
    }

    public AcceptanceRun(string runId, long merchantId, DateTimeOffset now)
    {
        RunId = runId;
        MerchantId = merchantId;
        StartedAt = now;
        CaseStartedAt = now;
    }

    public long Id { get; private set; }
    public string RunId { get; private set; } = "";
    public long MerchantId { get; private set; }
    public DateTimeOffset StartedAt { get; private set; }

    /// <summary>Index into <see cref="AcceptanceCatalog.Cases"/>; equal to its count once the run is finished.</summary>
    public int CaseIndex { get; private set; }
    public DateTimeOffset CaseStartedAt { get; private set; }

    /// <summary>Closed windows as "start ticks-end ticks" per case, separated by ';' (one row keeps a run self-contained).</summary>
    public string Windows { get; private set; } = "";

    /// <summary>The next pay answer to this run's merchant is to be tampered with (see <see cref="AcceptanceArming"/>).</summary>
    public bool TamperArmed { get; private set; }

    public bool Finished => CaseIndex >= AcceptanceCatalog.Cases.Count;

    /// <summary>When the last case was finished; null while the run is open.</summary>
    public DateTimeOffset? EndedAt =>
        Finished && Windows.Length > 0
            ? new DateTimeOffset(long.Parse(Windows[(Windows.LastIndexOf('-') + 1)..], System.Globalization.CultureInfo.InvariantCulture), TimeSpan.Zero)
            : null;

    public void NextCase(DateTimeOffset now)
    {
        if (Finished)
        {
            throw new InvalidOperationException("The run is finished.");
        }
        Windows += (Windows.Length == 0 ? "" : ";") + $"{CaseStartedAt.UtcTicks}-{now.UtcTicks}";
        CaseIndex++;
        CaseStartedAt = now;
    }

    /// <summary>The window of case <paramref name="index"/>: (start, end or null while open).</summary>
    public (DateTimeOffset Start, DateTimeOffset? End)? WindowOf(int index)
    {
        var closed = Windows.Length == 0 ? [] : Windows.Split(';');
        if (index < closed.Length)
        {
            var parts = closed[index].Split('-');
            return (new DateTimeOffset(long.Parse(parts[0], System.Globalization.CultureInfo.InvariantCulture), TimeSpan.Zero),
                new DateTimeOffset(long.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture), TimeSpan.Zero));
        }
        return index == CaseIndex && !Finished ? (CaseStartedAt, null) : null;
    }
}
