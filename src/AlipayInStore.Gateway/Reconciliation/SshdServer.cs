using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace AlipayInStore.Gateway.Reconciliation;

/// <summary>
/// Runs Debian's OpenSSH <c>sshd</c> as an SFTP-only server for reconciliation files: its own config and host key,
/// a loopback port, one chrooted read-only account per partner with that partner's uploaded SSH keys and/or password.
/// Needs root (chroot, useradd); <see cref="SshdPrerequisites"/> says what is missing otherwise.
/// </summary>
internal sealed class SshdServer : IAsyncDisposable
{
    private readonly SshdServerOptions _options;
    private readonly SshdPaths _paths;
    private readonly IReadOnlyList<SftpPartnerAccount> _partners;
    private readonly List<string> _createdUsers = [];
    private readonly Queue<string> _log = new();
    private Process? _process;

    private SshdServer(SshdServerOptions options, IEnumerable<SftpPartnerAccount> partners)
    {
        _options = options;
        _paths = new SshdPaths(options.StateDirectory);
        _partners = [.. partners];
    }

    public int Port { get; private set; }

    /// <summary>The host key's fingerprint as <c>ssh-keygen -lf</c> prints it: <c>SHA256:…</c>, for clients to pin.</summary>
    public string HostKeyFingerprint { get; private set; } = "";

    public string ConfigPath => _paths.Config;

    /// <summary>The last lines sshd logged (it runs with <c>-e</c>), for diagnostics.</summary>
    public string RecentLog
    {
        get
        {
            lock (_log)
            {
                return string.Join('\n', _log);
            }
        }
    }

    public string UserName(string partnerId) => _options.UserName(partnerId);

    /// <summary>Prepares everything and starts sshd; returns once it accepts connections.</summary>
    /// <exception cref="SftpUnavailableException">Not root, a package is missing, or sshd refused to start (with its log).</exception>
    public static async Task<SshdServer> StartAsync(SshdServerOptions options, IEnumerable<SftpPartnerAccount> partners, CancellationToken cancellationToken = default)
    {
        SshdPrerequisites.Ensure(options);
        var server = new SshdServer(options, partners);
        try
        {
            await server.StartCoreAsync(cancellationToken).ConfigureAwait(false);
            return server;
        }
        catch
        {
            await server.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>Copies new and changed files from each partner's export folder into its chroot and drops removed ones.</summary>
    public void SyncFiles()
    {
        foreach (var partner in _partners)
        {
            ChrootFolders.Mirror(partner.SourceDirectory, _paths.Chroot(UserName(partner.PartnerId)), _paths.StateDirectory);
        }
    }

    private async Task StartCoreAsync(CancellationToken cancellationToken)
    {
        var state = _paths.StateDirectory;
        ChrootFolders.Ensure(state, state);
        ChrootFolders.Ensure(_paths.AuthorizedKeysDirectory, state);
        ChrootFolders.Ensure(_paths.ChrootRoot, state);
        ChrootFolders.Ensure("/run/sshd", "/run/sshd"); // sshd's privilege separation folder
        await EnsureHostKeyAsync(cancellationToken).ConfigureAwait(false);
        var users = new List<string>();
        foreach (var partner in _partners)
        {
            var user = UserName(partner.PartnerId);
            if (await SystemUsers.EnsureAsync(user, cancellationToken).ConfigureAwait(false))
            {
                _createdUsers.Add(user);
            }
            await SystemUsers.SetPasswordHashAsync(user, partner.PasswordHash, cancellationToken).ConfigureAwait(false);
            ChrootFolders.WriteFile(_paths.AuthorizedKeys(user), partner.AuthorizedKeys.ReplaceLineEndings("\n").TrimEnd() + "\n");
            users.Add(user);
        }
        foreach (var stale in Directory.EnumerateFiles(_paths.AuthorizedKeysDirectory).Where(f => !users.Contains(Path.GetFileName(f))))
        {
            File.Delete(stale); // a partner no longer listed loses access
        }
        SyncFiles();
        StaleSshd.Stop(_paths);
        Port = _options.Port != 0 ? _options.Port : FreeLoopbackPort();
        ChrootFolders.WriteFile(_paths.Config, SshdConfig.Render(_options, _paths, Port, users.Count > 0 ? users : ["nobody-allowed"]));
        await ProcessRunner.RunCheckedAsync(_options.SshdPath, ["-t", "-f", _paths.Config], cancellationToken).ConfigureAwait(false);
        StartProcess();
        await WaitUntilListeningAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task EnsureHostKeyAsync(CancellationToken cancellationToken)
    {
        if (!File.Exists(_paths.HostKey))
        {
            await ProcessRunner.RunCheckedAsync(
                _options.SshKeygenPath, ["-q", "-t", "ed25519", "-N", "", "-C", "alipay-instore-sftp", "-f", _paths.HostKey], cancellationToken).ConfigureAwait(false);
        }
        var listing = await ProcessRunner.RunCheckedAsync(_options.SshKeygenPath, ["-l", "-E", "sha256", "-f", _paths.HostKey + ".pub"], cancellationToken).ConfigureAwait(false);
        // "256 SHA256:base64 comment (ED25519)"
        HostKeyFingerprint = listing.Split(' ', StringSplitOptions.RemoveEmptyEntries) is [_, var fingerprint, ..] && fingerprint.StartsWith("SHA256:", StringComparison.Ordinal)
            ? fingerprint
            : throw new SftpUnavailableException("Cannot read the host key fingerprint from ssh-keygen: " + listing);
    }

    private void StartProcess()
    {
        var start = new ProcessStartInfo(_options.SshdPath)
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "-D", "-e", "-f", _paths.Config })
        {
            start.ArgumentList.Add(argument);
        }
        var process = new Process { StartInfo = start, EnableRaisingEvents = true };
        process.ErrorDataReceived += (_, e) => Remember(e.Data);
        process.OutputDataReceived += (_, e) => Remember(e.Data);
        process.Start();
        process.BeginErrorReadLine();
        process.BeginOutputReadLine();
        _process = process;
        AppDomain.CurrentDomain.ProcessExit += StopOnExit;
    }

    /// <summary>When the host process ends (SIGTERM, Ctrl+C, normal exit) before disposing, sshd must not live on.</summary>
    private void StopOnExit(object? sender, EventArgs e)
    {
        try
        {
            if (_process is { HasExited: false } process)
            {
                process.Kill(entireProcessTree: true);
            }
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
    }

    private async Task WaitUntilListeningAsync(CancellationToken cancellationToken)
    {
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < _options.StartTimeout)
        {
            if (_process!.HasExited)
            {
                throw new SftpUnavailableException($"sshd exited with code {_process.ExitCode} at start. Its log:\n{RecentLog}");
            }
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Parse(_options.ListenAddress), Port, cancellationToken).ConfigureAwait(false);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(50, cancellationToken).ConfigureAwait(false);
            }
        }
        throw new SftpUnavailableException($"sshd did not listen on {_options.ListenAddress}:{Port} within {_options.StartTimeout.TotalSeconds:0} s. Its log:\n{RecentLog}");
    }

    private void Remember(string? line)
    {
        if (line is null)
        {
            return;
        }
        lock (_log)
        {
            _log.Enqueue(line);
            while (_log.Count > 200)
            {
                _log.Dequeue();
            }
        }
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Stops sshd and its sessions; removes the users it created and its state when the options say so.</summary>
    public async ValueTask DisposeAsync()
    {
        AppDomain.CurrentDomain.ProcessExit -= StopOnExit;
        if (_process is { } process)
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync().ConfigureAwait(false);
            }
            process.Dispose();
            _process = null;
        }
        if (_options.RemoveCreatedUsersOnStop)
        {
            foreach (var user in _createdUsers)
            {
                await SystemUsers.DeleteAsync(user).ConfigureAwait(false);
            }
            _createdUsers.Clear();
        }
        if (_options.DeleteStateOnStop && Directory.Exists(_paths.StateDirectory))
        {
            Directory.Delete(_paths.StateDirectory, recursive: true);
        }
    }
}
