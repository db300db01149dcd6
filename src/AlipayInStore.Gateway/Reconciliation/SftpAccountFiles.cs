using AlipayInStore.Gateway.Hosting;

namespace AlipayInStore.Gateway.Reconciliation;

/// <summary>The SFTP account of a partner as the export folder holds it for the <c>sftp</c> server: keys and password hash.</summary>
internal static class SftpAccountFiles
{
    /// <summary>Writes (or, for null, removes) the partner's password hash; it takes effect when the SFTP server (re)starts.</summary>
    public static void WritePasswordHash(ReconciliationExportLayout layout, string partnerId, string? hash)
    {
        if (!ReconciliationFileNames.IsSafePartnerId(partnerId))
        {
            return;
        }
        var path = layout.PasswordFile(partnerId);
        if (hash is null)
        {
            if (File.Exists(path))
            {
                File.Delete(path);
            }
            return;
        }
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        KeyFiles.WriteSecret(path, hash + "\n");
        Directory.CreateDirectory(layout.SftpDirectory(partnerId));
    }

    /// <summary>The partner's account as the SFTP server needs it, or null when it has neither key nor password.</summary>
    public static async Task<SftpPartnerAccount?> ReadAsync(ReconciliationExportLayout layout, string partnerId, CancellationToken ct)
    {
        var keys = layout.PublicKeysFile(partnerId);
        var password = layout.PasswordFile(partnerId);
        var keyText = File.Exists(keys) ? await File.ReadAllTextAsync(keys, ct) : "";
        var hash = File.Exists(password) ? (await File.ReadAllTextAsync(password, ct)).Trim() : null;
        if (keyText.Trim().Length == 0 && !SftpPasswords.IsHash(hash))
        {
            return null;
        }
        return new SftpPartnerAccount(partnerId, keyText, layout.SftpDirectory(partnerId)) { PasswordHash = SftpPasswords.IsHash(hash) ? hash : null };
    }
}
