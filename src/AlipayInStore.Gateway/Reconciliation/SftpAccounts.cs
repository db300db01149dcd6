using AlipayInStore.Gateway.Merchants;

namespace AlipayInStore.Gateway.Reconciliation;

/// <summary>The merchants' SFTP passwords as the SFTP server takes them: <see cref="SftpPasswords"/> and the account files of <paramref name="layout"/>.</summary>
internal sealed class SftpAccounts(ReconciliationExportLayout layout) : ISftpAccounts
{
    public string NewPassword() => SftpPasswords.Generate();

    /// <exception cref="SftpUnavailableException">openssl is missing or failed.</exception>
    public Task<string> HashAsync(string password, CancellationToken ct) => SftpPasswords.HashAsync(password, ct);

    public void WritePasswordHash(string partnerId, string? hash) => SftpAccountFiles.WritePasswordHash(layout, partnerId, hash);
}
