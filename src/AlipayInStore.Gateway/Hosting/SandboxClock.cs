namespace AlipayInStore.Gateway.Hosting;

/// <summary>
/// The gateway's clock: real time (or a test's fake time) plus an offset that the sandbox control API moves
/// forward. The offset is stored in the database so it survives restarts (see <see cref="SandboxClockStore"/>).
/// </summary>
internal sealed class SandboxClock(TimeProvider inner) : TimeProvider
{
    private long _offsetTicks;

    /// <summary>The time without the sandbox offset: what the merchant's own clock says.</summary>
    public DateTimeOffset RealNow => inner.GetUtcNow();

    public TimeSpan Offset => TimeSpan.FromTicks(Interlocked.Read(ref _offsetTicks));

    public override DateTimeOffset GetUtcNow() => inner.GetUtcNow() + Offset;

    public override long GetTimestamp() => inner.GetTimestamp();

    public override long TimestampFrequency => inner.TimestampFrequency;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) =>
        inner.CreateTimer(callback, state, dueTime, period);

    public void SetOffset(TimeSpan offset) => Interlocked.Exchange(ref _offsetTicks, offset.Ticks);

    /// <summary>Moves the offset to <paramref name="offset"/> unless it is already further: a stale reload never moves time back.</summary>
    public void RaiseOffset(TimeSpan offset)
    {
        long seen;
        do
        {
            seen = Interlocked.Read(ref _offsetTicks);
            if (offset.Ticks <= seen)
            {
                return;
            }
        }
        while (Interlocked.CompareExchange(ref _offsetTicks, offset.Ticks, seen) != seen);
    }
}
