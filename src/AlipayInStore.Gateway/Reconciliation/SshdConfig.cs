using System.Globalization;
using System.Text;

namespace AlipayInStore.Gateway.Reconciliation;

/// <summary>The sshd_config of an instance: SFTP only, read-only, chrooted, key or password authentication, nothing else.</summary>
internal static class SshdConfig
{
    public static string Render(SshdServerOptions options, SshdPaths paths, int port, IEnumerable<string> userNames)
    {
        var text = new StringBuilder();
        void Line(string line) => text.Append(line).Append('\n');
        Line("# Written by alipay-instore: SFTP delivery of reconciliation files. Regenerated on every start.");
        Line(string.Create(CultureInfo.InvariantCulture, $"Port {port}"));
        Line($"ListenAddress {options.ListenAddress}");
        Line($"HostKey {paths.HostKey}");
        Line($"PidFile {paths.PidFile}");
        Line("LogLevel VERBOSE");
        // A key from a root-owned folder holding one file per user, or the account's password (the system account's
        // crypt hash, '*' when the partner has none, so nothing matches): either one suffices.
        Line($"AuthorizedKeysFile {paths.AuthorizedKeysDirectory}/%u");
        Line("AuthenticationMethods publickey password");
        Line("PubkeyAuthentication yes");
        Line("PasswordAuthentication yes");
        Line("KbdInteractiveAuthentication no");
        Line("HostbasedAuthentication no");
        Line("PermitRootLogin no");
        Line("PermitEmptyPasswords no");
        Line("UsePAM no");
        Line("StrictModes yes");
        Line("MaxAuthTries 3");
        Line("AllowUsers " + string.Join(' ', userNames));
        // No shell, no forwarding of any kind, no terminal, no user rc or environment.
        Line("DisableForwarding yes");
        Line("AllowTcpForwarding no");
        Line("AllowAgentForwarding no");
        Line("AllowStreamLocalForwarding no");
        Line("X11Forwarding no");
        Line("PermitTunnel no");
        Line("GatewayPorts no");
        Line("PermitTTY no");
        Line("PermitUserRC no");
        Line("PermitUserEnvironment no");
        Line("PrintMotd no");
        Line("Banner none");
        // Each partner sees only its own folder, read-only: internal-sftp needs no files inside the chroot.
        Line($"ChrootDirectory {paths.ChrootRoot}/%u");
        Line("Subsystem sftp internal-sftp -R -d /");
        Line("ForceCommand internal-sftp -R -d /");
        return text.ToString();
    }
}
