namespace AlipayInStore.Gateway.Reconciliation;

/// <summary>One partner's SFTP account: its uploaded public keys, its password hash and the export folder its chroot mirrors.</summary>
/// <param name="PartnerId">The partner id (ASCII letters and digits).</param>
/// <param name="AuthorizedKeys">OpenSSH <c>authorized_keys</c> lines, one per uploaded key; empty for a password-only account.</param>
/// <param name="SourceDirectory">The export's SFTP folder of this partner (<see cref="ReconciliationExportLayout.SftpDirectory"/>).</param>
internal sealed record SftpPartnerAccount(string PartnerId, string AuthorizedKeys, string SourceDirectory)
{
    /// <summary>The crypt(3) SHA-512 hash of the account's password, or null for key login only.</summary>
    public string? PasswordHash { get; init; }
}
