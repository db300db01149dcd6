namespace AlipayInStore.Gateway.Reconciliation;

/// <summary>
/// Reconciliation file settings (section <c>Reconciliation</c>). The files' business day and <c>Payment_time</c>
/// zone are the gateway's business day (<c>Gateway:BusinessDayOffset</c>, see <see cref="Payments.BusinessDay"/>).
/// </summary>
internal sealed class ReconciliationOptions
{
    public const string Section = "Reconciliation";

    /// <summary>Time of day (in the business day's offset) when the previous day's file is produced.</summary>
    public TimeSpan GenerateAt { get; set; } = TimeSpan.FromHours(9);

    /// <summary>
    /// The loopback port this gateway's SFTP server listens on (<c>sandbox --sftp</c>, key <c>Gateway:SftpPort</c>), or
    /// null when it serves none. When set, <see cref="SftpDelivery"/> serves the files.
    /// </summary>
    public int? SftpPort { get; set; }

    /// <summary>The export folder (archive/, sftp/, keys/); the host sets it to &lt;data&gt;/reconciliation.</summary>
    public string ExportDirectory { get; set; } = Path.Combine(".sandbox", "reconciliation");
}
