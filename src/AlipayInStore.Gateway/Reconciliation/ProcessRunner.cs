using System.Diagnostics;

namespace AlipayInStore.Gateway.Reconciliation;

/// <summary>Runs a short system command (no shell) and returns its output, or fails with what it printed.</summary>
internal static class ProcessRunner
{
    public static async Task<(int ExitCode, string Output)> RunAsync(string file, IEnumerable<string> arguments, CancellationToken cancellationToken = default)
    {
        var start = new ProcessStartInfo(file)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Cannot start {file}.");
        var stdout = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
        return (process.ExitCode, (await stdout.ConfigureAwait(false)) + (await stderr.ConfigureAwait(false)));
    }

    public static async Task<string> RunCheckedAsync(string file, IReadOnlyList<string> arguments, CancellationToken cancellationToken = default)
    {
        var (code, output) = await RunAsync(file, arguments, cancellationToken).ConfigureAwait(false);
        return code == 0
            ? output
            : throw new SftpUnavailableException($"'{file} {string.Join(' ', arguments)}' failed with exit code {code}: {output.Trim()}");
    }
}
