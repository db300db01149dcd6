using System.Diagnostics;

namespace AlipayInStore.Cli.Load;

/// <summary>
/// User plus system CPU time of this process and, optionally, of the gateway's (on Linux the kernel's
/// utime+stime of /proc/&lt;pid&gt;/stat), so a load run can report CPU per pay on both sides.
/// </summary>
internal sealed class CpuTime(int? gatewayPid)
{
    public (TimeSpan Own, TimeSpan? Gateway) Now()
    {
        using var self = Process.GetCurrentProcess();
        return (self.TotalProcessorTime, gatewayPid is { } pid ? Of(pid) : null);
    }

    private static TimeSpan Of(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return process.TotalProcessorTime;
        }
        catch (ArgumentException)
        {
            throw new Merchant.CliUsageException($"--gateway-pid: no process {pid} is running.");
        }
    }
}
