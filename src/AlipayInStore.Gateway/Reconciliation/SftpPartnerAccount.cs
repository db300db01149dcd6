namespace AlipayInStore.Gateway.Reconciliation;

/// <summary>One partner's SFTP account: its uploaded public keys and the export folder its chroot mirrors.</summary>
/// <param name="PartnerId">The partner id (ASCII letters and digits).</param>
/// <param name="AuthorizedKeys">OpenSSH <c>authorized_keys</c> lines, one per uploaded key.</param>
/// <param name="SourceDirectory">The export's SFTP folder of this partner (<see cref="ReconciliationExportLayout.SftpDirectory"/>).</param>
internal sealed record SftpPartnerAccount(string PartnerId, string AuthorizedKeys, string SourceDirectory);
