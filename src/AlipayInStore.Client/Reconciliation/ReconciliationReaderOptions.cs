namespace AlipayInStore.Client.Reconciliation;

/// <summary>Options for <see cref="ReconciliationFileReader"/>.</summary>
public sealed class ReconciliationReaderOptions
{
    /// <summary>GMT+8, the default time zone of reconciliation files.</summary>
    public static TimeZoneInfo DefaultTimeZone { get; } =
        TimeZoneInfo.CreateCustomTimeZone("GMT+8", TimeSpan.FromHours(8), "GMT+8", "GMT+8");

    /// <summary>The time zone <c>Payment_time</c> is written in; GMT+8 by default.</summary>
    public TimeZoneInfo TimeZone { get; init; } = DefaultTimeZone;

    /// <summary>Bytes read from the stream at a time; 64 KiB by default. Longer lines grow the buffer.</summary>
    public int BufferSize { get; init; } = 64 * 1024;
}
