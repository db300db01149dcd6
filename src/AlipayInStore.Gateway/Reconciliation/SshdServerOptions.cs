namespace AlipayInStore.Gateway.Reconciliation;

/// <summary>How <see cref="SshdServer"/> lays out its files and listens.</summary>
internal sealed class SshdServerOptions
{
    /// <summary>Root of every sshd instance's state; the chroot rule forbids anything under /tmp.</summary>
    public const string StateRoot = "/var/lib/alipay-instore/sshd";

    /// <summary>
    /// The instance's own folder (config, host key, authorized keys, chroots). Every component must be root-owned
    /// and not writable by group or others, which is why it lives under <see cref="StateRoot"/>.
    /// </summary>
    public string StateDirectory { get; init; } = Path.Combine(StateRoot, "default");

    /// <summary>Loopback address to listen on.</summary>
    public string ListenAddress { get; init; } = "127.0.0.1";

    /// <summary>Port to listen on; 0 picks a free one.</summary>
    public int Port { get; init; }

    /// <summary>Prefix of the per-partner system user names; partner ids are all digits, which user names may not be.</summary>
    public string UserPrefix { get; init; } = "alipay";

    public string SshdPath { get; init; } = "/usr/sbin/sshd";

    public string SshKeygenPath { get; init; } = "/usr/bin/ssh-keygen";

    /// <summary>Remove the system users this instance created when it stops (tests); a long-running sandbox keeps them.</summary>
    public bool RemoveCreatedUsersOnStop { get; init; }

    /// <summary>Delete <see cref="StateDirectory"/> when the server stops (tests).</summary>
    public bool DeleteStateOnStop { get; init; }

    /// <summary>How long to wait for sshd to accept connections.</summary>
    public TimeSpan StartTimeout { get; init; } = TimeSpan.FromSeconds(15);

    public string UserName(string partnerId)
    {
        ReconciliationFileNames.EnsureSafePartnerId(partnerId);
        return (UserPrefix + partnerId).ToLowerInvariant();
    }
}
