using System.Diagnostics;
using System.Globalization;

namespace AlipayInStore.Gateway.Reconciliation;

/// <summary>
/// Stops an sshd left running by an earlier run of the same instance (its host was killed before it could stop it):
/// only the process named in this instance's pid file, and only if its command line names this instance's config.
/// </summary>
internal static class StaleSshd
{
    public static void Stop(SshdPaths paths)
    {
        if (!File.Exists(paths.PidFile)
            || !int.TryParse(File.ReadAllText(paths.PidFile).Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var pid))
        {
            return;
        }
        var commandLine = Path.Combine("/proc", pid.ToString(CultureInfo.InvariantCulture), "cmdline");
        if (File.Exists(commandLine) && File.ReadAllText(commandLine).Replace('\0', ' ').Contains(paths.Config, StringComparison.Ordinal))
        {
            try
            {
                using var process = Process.GetProcessById(pid);
                process.Kill(entireProcessTree: true);
                process.WaitForExit(TimeSpan.FromSeconds(5));
            }
            catch (ArgumentException)
            {
                // It ended meanwhile.
            }
        }
        File.Delete(paths.PidFile);
    }
}
