namespace AlipayInStore.Gateway.Reconciliation;

/// <summary>The files and folders of one sshd instance inside its state folder.</summary>
internal sealed class SshdPaths(string stateDirectory)
{
    public string StateDirectory { get; } = Path.GetFullPath(stateDirectory);

    public string Config => Path.Combine(StateDirectory, "sshd_config");

    public string HostKey => Path.Combine(StateDirectory, "ssh_host_ed25519_key");

    public string PidFile => Path.Combine(StateDirectory, "sshd.pid");

    public string AuthorizedKeysDirectory => Path.Combine(StateDirectory, "authorized_keys");

    public string ChrootRoot => Path.Combine(StateDirectory, "chroot");

    public string Chroot(string userName) => Path.Combine(ChrootRoot, userName);

    public string AuthorizedKeys(string userName) => Path.Combine(AuthorizedKeysDirectory, userName);
}
