namespace AlipayInStore.Client.Sandbox;

/// <summary>
/// A reconciliation file produced on demand (<c>POST /sandbox/reconciliation/{partnerId}/{date}</c>), or why there
/// is none: a day without transactions of a merchant whose empty-day files are off has no file.
/// </summary>
/// <param name="PartnerId">The merchant.</param>
/// <param name="BusinessDate">The business day (<c>yyyyMMdd</c> for a file, <c>yyyy-MM-dd</c> when there is none).</param>
/// <param name="FileName">The file's name, <c>&lt;partnerId&gt;_transaction_&lt;yyyyMMdd&gt;.txt</c>; null or empty when there is none.</param>
/// <param name="Sha256">The SHA-256 of its bytes (lower-case hex).</param>
/// <param name="RowCount">Its data rows.</param>
/// <param name="Length">Its size in bytes.</param>
/// <param name="Message">Why there is no file, when there is none.</param>
public sealed record SandboxReconciliationFile(string PartnerId, string BusinessDate, string? FileName, string? Sha256, int RowCount, long Length, string? Message)
{
    /// <summary>True when the day has a file to download.</summary>
    public bool HasFile => !string.IsNullOrEmpty(FileName);
}
