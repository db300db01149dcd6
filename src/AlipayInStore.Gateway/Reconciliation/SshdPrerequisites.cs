namespace AlipayInStore.Gateway.Reconciliation;

/// <summary>What running the chrooted sshd needs on this machine, and what is missing.</summary>
internal static class SshdPrerequisites
{
    public const string HttpsFallback =
        "Reconciliation files stay downloadable over HTTPS from the portal (Reconciliation page) meanwhile.";

    /// <summary>Each missing thing as a sentence saying how to fix it; empty when sshd can run.</summary>
    public static IReadOnlyList<string> Missing(SshdServerOptions options)
    {
        var missing = new List<string>();
        if (!OperatingSystem.IsLinux())
        {
            missing.Add("SFTP delivery runs Debian's OpenSSH sshd and needs Linux.");
            return missing;
        }
        if (!Environment.IsPrivilegedProcess)
        {
            missing.Add($"SFTP delivery needs root (running as user {Environment.UserName}): " +
                        "sshd's ChrootDirectory must be root-owned and the per-partner system users are created with useradd. Run as root (sudo).");
        }
        if (!File.Exists(options.SshdPath))
        {
            missing.Add($"{options.SshdPath} is missing: install the Debian package openssh-server (apt-get install -y openssh-server).");
        }
        if (!File.Exists(options.SshKeygenPath))
        {
            missing.Add($"{options.SshKeygenPath} is missing: install the Debian package openssh-client (apt-get install -y openssh-client).");
        }
        foreach (var tool in new[] { "/usr/sbin/useradd", "/usr/sbin/userdel" })
        {
            if (!File.Exists(tool))
            {
                missing.Add($"{tool} is missing: install the Debian package passwd.");
            }
        }
        return missing;
    }

    /// <summary>Throws <see cref="SftpUnavailableException"/> listing everything missing.</summary>
    public static void Ensure(SshdServerOptions options)
    {
        var missing = Missing(options);
        if (missing.Count > 0)
        {
            throw new SftpUnavailableException("Cannot start the SFTP server: " + string.Join(" ", missing) + " " + HttpsFallback);
        }
    }
}
