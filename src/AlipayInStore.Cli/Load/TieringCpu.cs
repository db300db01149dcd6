using System.Globalization;

namespace AlipayInStore.Cli.Load;

/// <summary>
/// CPU time of a .NET process's tiered-compilation worker (the thread that re-compiles hot methods with full
/// optimisation; its name, cut to Linux's 15 characters, is <c>.NET Tiered Com</c>), read from
/// <c>/proc/&lt;pid&gt;/task/*/stat</c>. While it works, the process is still warming up: CPU per pay is not yet its
/// steady state. Null where <c>/proc</c> is not there.
/// </summary>
internal static class TieringCpu
{
    private const string WorkerName = ".NET Tiered Com";

    /// <summary>CPU time of each such worker thread by its id (the runtime ends an idle worker and starts another later).</summary>
    public static IReadOnlyDictionary<int, TimeSpan>? Of(int pid)
    {
        var tasks = $"/proc/{pid}/task";
        if (!Directory.Exists(tasks))
        {
            return null;
        }
        var workers = new Dictionary<int, TimeSpan>();
        foreach (var task in Directory.EnumerateDirectories(tasks))
        {
            try
            {
                if (File.ReadAllText(Path.Combine(task, "comm")).TrimEnd('\n') == WorkerName
                    && int.TryParse(Path.GetFileName(task), CultureInfo.InvariantCulture, out var tid))
                {
                    workers[tid] = TimeSpan.FromSeconds(UserPlusSystem(File.ReadAllText(Path.Combine(task, "stat"))) / 100.0);
                }
            }
            catch (IOException)
            {
                // The thread ended between the listing and the read.
            }
        }
        return workers;
    }

    /// <summary>The workers' CPU between two samples: a worker that is new in <paramref name="after"/> counts whole.</summary>
    public static TimeSpan Between(IReadOnlyDictionary<int, TimeSpan>? before, IReadOnlyDictionary<int, TimeSpan>? after) =>
        after is null ? TimeSpan.Zero
            : after.Aggregate(TimeSpan.Zero, (sum, w) => sum + w.Value - (before is not null && before.TryGetValue(w.Key, out var was) ? was : TimeSpan.Zero));

    // Fields 14 and 15 (utime, stime) in clock ticks (100 a second on Linux), counted after the ')' that ends the name.
    private static long UserPlusSystem(string stat)
    {
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        return long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
    }
}
