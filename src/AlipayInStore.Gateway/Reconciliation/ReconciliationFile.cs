namespace AlipayInStore.Gateway.Reconciliation;

/// <summary>
/// A produced partner-day file: one per partner and business day (unique), regenerated in place. A day without
/// transactions of a merchant whose empty-day files are off is recorded with no file (<see cref="HasFile"/> false),
/// so the scheduler does not look at it again.
/// </summary>
internal sealed class ReconciliationFile
{
    private ReconciliationFile()
    {
    }

    public ReconciliationFile(string partnerId, string businessDate)
    {
        PartnerId = partnerId;
        BusinessDate = businessDate;
    }

    public long Id { get; private set; }
    public string PartnerId { get; private set; } = "";

    /// <summary>yyyyMMdd.</summary>
    public string BusinessDate { get; private set; } = "";
    public string FileName { get; private set; } = "";
    public string Sha256 { get; private set; } = "";
    public int RowCount { get; private set; }
    public long Length { get; private set; }
    public DateTimeOffset GeneratedAt { get; private set; }

    public bool HasFile => FileName.Length > 0;

    public void NoTransactions(DateTimeOffset now)
    {
        FileName = "";
        Sha256 = "";
        RowCount = 0;
        Length = 0;
        GeneratedAt = now;
    }

    public void Produced(ReconciliationFileResult result, DateTimeOffset now)
    {
        FileName = Path.GetFileName(result.Path);
        Sha256 = result.Sha256;
        RowCount = result.RowCount;
        Length = result.Length;
        GeneratedAt = now;
    }
}
