namespace AlipayInStore.Gateway.Reconciliation;

/// <summary>Reconciliation file settings (section <c>Reconciliation</c>).</summary>
internal sealed class ReconciliationOptions
{
    public const string Section = "Reconciliation";

    /// <summary>UTC offset of the files' business day and <c>Payment_time</c> (GMT+8 by default).</summary>
    public TimeSpan UtcOffset { get; set; } = TimeSpan.FromHours(8);

    /// <summary>Time of day (in that offset) when the previous day's file is produced.</summary>
    public TimeSpan GenerateAt { get; set; } = TimeSpan.FromHours(9);

    /// <summary>The export folder (archive/, sftp/, keys/); the host sets it to &lt;data&gt;/reconciliation.</summary>
    public string ExportDirectory { get; set; } = Path.Combine(".sandbox", "reconciliation");

    public TimeZoneInfo TimeZone => UtcOffset == TimeSpan.FromHours(8)
        ? ReconciliationFileWriter.DefaultTimeZone
        : TimeZoneInfo.CreateCustomTimeZone($"UTC{UtcOffset:+hh\\:mm;-hh\\:mm}", UtcOffset, "file time zone", "file time zone");
}
