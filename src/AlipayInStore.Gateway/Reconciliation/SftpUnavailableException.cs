namespace AlipayInStore.Gateway.Reconciliation;

/// <summary>SFTP delivery cannot run here; the message says exactly what is missing and what to do.</summary>
internal sealed class SftpUnavailableException(string message, Exception? inner = null) : Exception(message, inner);
