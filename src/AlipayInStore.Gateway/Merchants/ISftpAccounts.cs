namespace AlipayInStore.Gateway.Merchants;

/// <summary>
/// The SFTP side of a merchant's SFTP password. Reconciliation owns the SFTP server, its password rule and its account
/// files, and supplies this (<c>Reconciliation/SftpAccounts</c>); Merchants keeps the hash on the merchant and says
/// when it changes, without knowing the export folder (Reconciliation is above Merchants: it reads the engine's days).
/// </summary>
internal interface ISftpAccounts
{
    /// <summary>A new password, as Alipay e-mails them.</summary>
    string NewPassword();

    /// <summary>The form stored on the merchant and read by sshd.</summary>
    Task<string> HashAsync(string password, CancellationToken ct);

    /// <summary>Writes (or, for null, removes) the partner's hash for the SFTP server; it takes effect when the server (re)starts.</summary>
    void WritePasswordHash(string partnerId, string? hash);
}
