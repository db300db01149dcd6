namespace AlipayInStore.Gateway.Reconciliation;

/// <summary>A produced partner-day file: one per partner and business day (unique), regenerated in place.</summary>
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

    public void Produced(ReconciliationFileResult result, DateTimeOffset now)
    {
        FileName = Path.GetFileName(result.Path);
        Sha256 = result.Sha256;
        RowCount = result.RowCount;
        Length = result.Length;
        GeneratedAt = now;
    }
}
