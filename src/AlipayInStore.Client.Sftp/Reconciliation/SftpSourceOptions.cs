namespace AlipayInStore.Client.Reconciliation;

/// <summary>Where and how <see cref="SftpReconciliationSource"/> connects.</summary>
public sealed class SftpSourceOptions
{
    /// <summary>SFTP host name or address.</summary>
    public required string Host { get; init; }

    /// <summary>SFTP port; 22 by default.</summary>
    public int Port { get; init; } = 22;

    /// <summary>The partner's SFTP account name.</summary>
    public required string Username { get; init; }

    /// <summary>Path of the partner's private key file (OpenSSH or PEM format) whose public key was uploaded.</summary>
    public required string PrivateKeyPath { get; init; }

    /// <summary>The private key's passphrase, when it has one.</summary>
    public string? PrivateKeyPassphrase { get; init; }

    /// <summary>
    /// The server's pinned host key fingerprint as <c>ssh-keygen -lf</c> prints it, e.g.
    /// <c>SHA256:nThbg6kXUpJWGl7E1IGOCspRomTxdCARLviKw6E5SY8</c>. A server showing any other key is refused.
    /// </summary>
    public required string HostKeyFingerprint { get; init; }

    /// <summary>The folder holding the files on the server; <c>/</c> (the account's chroot) by default.</summary>
    public string RemoteDirectory { get; init; } = "/";

    /// <summary>How long to wait for the connection; 30 seconds by default.</summary>
    public TimeSpan ConnectTimeout { get; init; } = TimeSpan.FromSeconds(30);
}
