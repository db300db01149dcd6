namespace AlipayInStore.Client.Reconciliation;

/// <summary>A reconciliation file on the SFTP server.</summary>
/// <param name="Name">The file name, <c>&lt;partnerId&gt;_transaction_&lt;yyyyMMdd&gt;.txt</c>.</param>
/// <param name="RemotePath">Full path on the server.</param>
/// <param name="PartnerId">The partner the name says the file belongs to.</param>
/// <param name="BusinessDate">The business day the name says the file covers.</param>
/// <param name="Size">Size in bytes.</param>
public sealed record RemoteReconciliationFile(string Name, string RemotePath, string PartnerId, DateOnly BusinessDate, long Size);
