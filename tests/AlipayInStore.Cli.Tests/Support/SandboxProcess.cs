using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace AlipayInStore.Cli.Tests.Support;

/// <summary>Runs a long-lived alipay-instore command (the sandbox) as a child process and reads what it prints.</summary>
internal sealed class SandboxProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly TaskCompletionSource _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly string _readyLine;

    private SandboxProcess(Process process, string readyLine)
    {
        _process = process;
        _readyLine = readyLine;
        process.OutputDataReceived += (_, e) => OnLine(e.Data);
        process.ErrorDataReceived += (_, e) => OnLine(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    public static SandboxProcess Start(string readyLine, params string[] args) => Start(readyLine, new Dictionary<string, string>(), args);

    /// <summary>Starts the program with extra environment variables (e.g. <c>Gateway__SlowPayDelay</c>, <c>NO_COLOR</c>).</summary>
    public static SandboxProcess Start(string readyLine, IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var info = StartInfo("dotnet", AppContext.BaseDirectory);
        foreach (var (name, value) in environment)
        {
            info.Environment[name] = value;
        }
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "alipay-instore.dll"));
        foreach (var a in args)
        {
            info.ArgumentList.Add(a);
        }
        return new SandboxProcess(Process.Start(info)!, readyLine);
    }

    /// <summary>Starts <c>dotnet alipay-instore.dll</c> (or <paramref name="program"/>) in a folder of the test's choosing, with extra environment variables.</summary>
    public static SandboxProcess StartIn(string workingDirectory, IReadOnlyDictionary<string, string> environment, string readyLine, string? program, params string[] args)
    {
        var info = StartInfo(program ?? "dotnet", workingDirectory);
        if (program is null)
        {
            info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "alipay-instore.dll"));
        }
        foreach (var a in args)
        {
            info.ArgumentList.Add(a);
        }
        foreach (var (name, value) in environment)
        {
            info.Environment[name] = value;
        }
        return new SandboxProcess(Process.Start(info)!, readyLine);
    }

    // A test run started in the background (`./build.sh test &` from a script) has SIGINT ignored, and every child
    // inherits that: .NET then leaves it ignored, so the Ctrl+C a test sends would never arrive. env (coreutils)
    // gives the program SIGINT's default back, then runs it in its place (same pid, which the signals are sent to).
    private static ProcessStartInfo StartInfo(string program, string workingDirectory)
    {
        var info = new ProcessStartInfo("env") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = workingDirectory };
        info.ArgumentList.Add("--default-signal=INT");
        info.ArgumentList.Add(program);
        return info;
    }

    public async Task WaitUntilReadyAsync()
    {
        var finished = await Task.WhenAny(_ready.Task, _process.WaitForExitAsync(), Task.Delay(TimeSpan.FromSeconds(60)));
        Assert.True(finished == _ready.Task, "the program did not become ready; it printed:\n" + Output);
    }

    /// <summary>For a process expected to stop by itself (a usage error).</summary>
    public async Task<int> WaitForExitAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await _process.WaitForExitAsync(timeout.Token);
        return _process.ExitCode;
    }

    public Task<int> TerminateAsync() => SignalAsync("-TERM");

    /// <summary>Ctrl+C, as a terminal sends it.</summary>
    public Task<int> InterruptAsync() => SignalAsync("-INT");

    private async Task<int> SignalAsync(string signal)
    {
        Process.Start("kill", [signal, _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])!.WaitForExit();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await _process.WaitForExitAsync(timeout.Token);
        return _process.ExitCode;
    }

    /// <summary>SIGKILL, as <c>kill -9</c>: no shutdown code runs.</summary>
    public async Task KillAsync()
    {
        _process.Kill();
        await _process.WaitForExitAsync();
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private void OnLine(string? line)
    {
        if (line is null)
        {
            return;
        }
        lock (_output)
        {
            _output.AppendLine(line);
        }
        if (line.Contains(_readyLine, StringComparison.Ordinal))
        {
            _ready.TrySetResult();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
    }
}
