using AlipayInStore.Gateway.Payments;

namespace AlipayInStore.Gateway.Reconciliation;

/// <summary>
/// SFTP serves the files of the last <see cref="SftpDays"/> business days before today (on the 27th: the 20th to
/// the 26th); older files leave the SFTP folder;
/// the archive keeps them for HTTPS download. Age comes from the file name's business day on the (sandbox) clock,
/// not from file times, so an advanced sandbox clock retires files as production would.
/// </summary>
internal sealed class ReconciliationRetention(TimeProvider time, BusinessDay businessDay, int sftpDays = 7)
{
    public int SftpDays { get; } = sftpDays;

    /// <summary>Removes expired files from every partner's SFTP folder; returns the paths removed.</summary>
    public IReadOnlyList<string> Apply(ReconciliationExportLayout layout)
    {
        var today = businessDay.Today(time);
        var oldestKept = today.AddDays(-SftpDays);
        var removed = new List<string>();
        foreach (var partnerId in layout.Partners())
        {
            var directory = layout.SftpDirectory(partnerId);
            if (!Directory.Exists(directory))
            {
                continue;
            }
            foreach (var file in Directory.EnumerateFiles(directory))
            {
                if (ReconciliationFileNames.TryParseDate(Path.GetFileName(file), out var date) && date < oldestKept)
                {
                    File.Delete(file);
                    removed.Add(file);
                }
            }
        }
        removed.Sort(StringComparer.Ordinal);
        return removed;
    }
}
