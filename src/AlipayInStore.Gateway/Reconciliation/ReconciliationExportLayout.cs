using AlipayInStore.Protocol.Reconciliation;

namespace AlipayInStore.Gateway.Reconciliation;

/// <summary>
/// The export folder: <c>archive/&lt;partnerId&gt;/</c> keeps every file for HTTPS download,
/// <c>sftp/&lt;partnerId&gt;/</c> holds the files of the last days served over SFTP, and
/// <c>keys/&lt;partnerId&gt;.pub</c> the partner's uploaded SSH public keys (OpenSSH <c>authorized_keys</c> lines) and
/// <c>keys/&lt;partnerId&gt;.passwd</c> the crypt(3) hash of its SFTP password, when it has one.
/// </summary>
internal sealed class ReconciliationExportLayout(string root)
{
    public string Root { get; } = Path.GetFullPath(root);

    public string ArchiveDirectory(string partnerId) => Path.Combine(Root, "archive", Safe(partnerId));

    public string SftpDirectory(string partnerId) => Path.Combine(Root, "sftp", Safe(partnerId));

    public string PublicKeysFile(string partnerId) => Path.Combine(Root, "keys", Safe(partnerId) + ".pub");

    public string PasswordFile(string partnerId) => Path.Combine(Root, "keys", Safe(partnerId) + ".passwd");

    public string ArchivePath(string partnerId, DateOnly businessDate) =>
        Path.Combine(ArchiveDirectory(partnerId), ReconciliationFileNames.For(partnerId, businessDate));

    /// <summary>Partners that have an SFTP folder, uploaded keys or an SFTP password, ordered.</summary>
    public IReadOnlyList<string> Partners()
    {
        var fromFolders = Names(Path.Combine(Root, "sftp"), "*", files: false);
        var fromKeys = Names(Path.Combine(Root, "keys"), "*.pub", files: true).Concat(Names(Path.Combine(Root, "keys"), "*.passwd", files: true))
            .Select(Path.GetFileNameWithoutExtension).OfType<string>();
        return [.. fromFolders.Concat(fromKeys).Where(ReconciliationFileNames.IsSafePartnerId).Distinct().Order(StringComparer.Ordinal)];
    }

    /// <summary>Writes the partner-day file into the archive, then places a copy in the SFTP folder; both moved into place.</summary>
    public async Task<ReconciliationFileResult> PublishAsync(
        ReconciliationFileWriter writer, string partnerId, DateOnly businessDate, IEnumerable<TransactionRecord> rows, CancellationToken cancellationToken = default)
    {
        var archived = await writer.WriteAsync(ArchivePath(partnerId, businessDate), rows, cancellationToken).ConfigureAwait(false);
        var sftpDirectory = SftpDirectory(partnerId);
        Directory.CreateDirectory(sftpDirectory);
        var target = Path.Combine(sftpDirectory, Path.GetFileName(archived.Path));
        var temp = Path.Combine(sftpDirectory, "." + Path.GetFileName(archived.Path) + "." + Guid.NewGuid().ToString("N") + ".tmp");
        File.Copy(archived.Path, temp);
        File.Move(temp, target, overwrite: true);
        return archived;
    }

    private static string Safe(string partnerId)
    {
        ReconciliationFileNames.EnsureSafePartnerId(partnerId);
        return partnerId;
    }

    private static IEnumerable<string> Names(string directory, string pattern, bool files)
    {
        if (!Directory.Exists(directory))
        {
            return [];
        }
        var paths = files ? Directory.EnumerateFiles(directory, pattern) : Directory.EnumerateDirectories(directory, pattern);
        return paths.Select(Path.GetFileName).OfType<string>();
    }
}
