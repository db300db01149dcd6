namespace AlipayInStore.Gateway.Reconciliation;

/// <summary>The per-partner system accounts sshd authenticates: no home, no shell, not locked (so key login works), and a password hash when the partner has one.</summary>
internal static class SystemUsers
{
    public static async Task<bool> ExistsAsync(string name, CancellationToken cancellationToken = default) =>
        (await ProcessRunner.RunAsync("/usr/bin/id", ["-u", name], cancellationToken).ConfigureAwait(false)).ExitCode == 0;

    /// <summary>Creates the user when missing; returns true when this call created it.</summary>
    public static async Task<bool> EnsureAsync(string name, CancellationToken cancellationToken = default)
    {
        if (await ExistsAsync(name, cancellationToken).ConfigureAwait(false))
        {
            return false;
        }
        // '*' as the password hash: no password can match, yet the account is not locked ('!'), which sshd would refuse.
        await ProcessRunner.RunCheckedAsync("/usr/sbin/useradd", ["-M", "-s", "/usr/sbin/nologin", "-p", "*", name], cancellationToken).ConfigureAwait(false);
        return true;
    }

    /// <summary>Sets the account's crypt(3) hash; null sets '*', which no password matches.</summary>
    public static Task SetPasswordHashAsync(string name, string? hash, CancellationToken cancellationToken = default) =>
        ProcessRunner.RunCheckedAsync("/usr/sbin/usermod", ["-p", hash ?? "*", name], cancellationToken);

    public static Task DeleteAsync(string name, CancellationToken cancellationToken = default) =>
        ProcessRunner.RunAsync("/usr/sbin/userdel", [name], cancellationToken);
}
