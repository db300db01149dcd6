namespace AlipayInStore.Client.Reconciliation;

/// <summary>The SFTP server showed a host key other than the pinned one; nothing was sent to it.</summary>
public sealed class SftpHostKeyMismatchException : Exception
{
    /// <summary>Creates the exception with both fingerprints (<c>SHA256:…</c>).</summary>
    public SftpHostKeyMismatchException(string host, string expected, string actual, Exception? inner = null)
        : base($"The SFTP server {host} showed host key {actual}, not the pinned {expected}: connection refused. " +
               "If the server's key really changed, check the new fingerprint with the provider and update the pin.", inner)
    {
        Expected = expected;
        Actual = actual;
    }

    /// <summary>The pinned fingerprint.</summary>
    public string Expected { get; }

    /// <summary>The fingerprint the server showed.</summary>
    public string Actual { get; }
}
