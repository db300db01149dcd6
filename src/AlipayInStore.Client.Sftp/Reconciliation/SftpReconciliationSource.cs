using AlipayInStore.Protocol.Reconciliation;
using Renci.SshNet;
using Renci.SshNet.Common;

namespace AlipayInStore.Client.Reconciliation;

/// <summary>
/// Lists and downloads reconciliation files from the partner's SFTP account (SSH key authentication),
/// refusing any server whose host key does not match the pinned SHA-256 fingerprint.
/// </summary>
/// <remarks>Connects on first use and keeps the connection until disposed; not safe for concurrent calls.</remarks>
public sealed class SftpReconciliationSource : IDisposable
{
    private readonly SftpSourceOptions _options;
    private readonly string _expected;
    private SftpClient? _client;
    private string? _seenFingerprint;

    /// <summary>Creates the source; nothing connects until the first call.</summary>
    public SftpReconciliationSource(SftpSourceOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        _expected = NormalizeFingerprint(options.HostKeyFingerprint);
    }

    /// <summary>The reconciliation files on the server, oldest first; only names that follow the file name rule.</summary>
    /// <param name="from">First business day to include, or <see langword="null"/>.</param>
    /// <param name="to">Last business day to include, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the listing.</param>
    public async Task<IReadOnlyList<RemoteReconciliationFile>> ListAsync(DateOnly? from = null, DateOnly? to = null, CancellationToken cancellationToken = default)
    {
        var client = await ConnectAsync(cancellationToken).ConfigureAwait(false);
        var files = new List<RemoteReconciliationFile>();
        await foreach (var entry in client.ListDirectoryAsync(_options.RemoteDirectory, cancellationToken).ConfigureAwait(false))
        {
            if (entry.IsRegularFile
                && ReconciliationFileFormat.TryParseFileName(entry.Name, out var partnerId, out var date)
                && (from is null || date >= from) && (to is null || date <= to))
            {
                files.Add(new RemoteReconciliationFile(entry.Name, entry.FullName, partnerId, date, entry.Length));
            }
        }
        return [.. files.OrderBy(f => f.BusinessDate).ThenBy(f => f.Name, StringComparer.Ordinal)];
    }

    /// <summary>Downloads the file of <paramref name="businessDate"/> into <paramref name="localDirectory"/> and returns its local path.</summary>
    /// <exception cref="FileNotFoundException">The server holds no file for that day (files stay on SFTP for 7 days).</exception>
    public async Task<string> DownloadAsync(DateOnly businessDate, string localDirectory, CancellationToken cancellationToken = default)
    {
        var files = await ListAsync(businessDate, businessDate, cancellationToken).ConfigureAwait(false);
        var file = files.Count > 0 ? files[0] : throw new FileNotFoundException(
            $"No reconciliation file for {businessDate:yyyy-MM-dd} in {_options.RemoteDirectory} on {_options.Host}; " +
            "files stay on SFTP for 7 days, older ones are downloadable over HTTPS.");
        Directory.CreateDirectory(localDirectory);
        var target = Path.Combine(localDirectory, file.Name);
        var temp = target + ".part";
        await using (var stream = new FileStream(temp, FileMode.Create, FileAccess.Write, FileShare.None, 81920, useAsync: true))
        {
            await DownloadAsync(file, stream, cancellationToken).ConfigureAwait(false);
        }
        File.Move(temp, target, overwrite: true);
        return target;
    }

    /// <summary>Copies <paramref name="file"/> into <paramref name="destination"/>.</summary>
    public async Task DownloadAsync(RemoteReconciliationFile file, Stream destination, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(file);
        var client = await ConnectAsync(cancellationToken).ConfigureAwait(false);
        await client.DownloadFileAsync(file.RemotePath, destination, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Turns <c>SHA256:abc=</c>, <c>abc</c> or <c>abc=</c> into the unpadded base64 that SSH tools print.</summary>
    public static string NormalizeFingerprint(string fingerprint)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(fingerprint);
        var text = fingerprint.Trim();
        if (text.StartsWith("SHA256:", StringComparison.OrdinalIgnoreCase))
        {
            text = text[7..];
        }
        return text.TrimEnd('=');
    }

    private async Task<SftpClient> ConnectAsync(CancellationToken cancellationToken)
    {
        if (_client is { IsConnected: true })
        {
            return _client;
        }
        _client?.Dispose();
        var key = _options.PrivateKeyPassphrase is null
            ? new PrivateKeyFile(_options.PrivateKeyPath)
            : new PrivateKeyFile(_options.PrivateKeyPath, _options.PrivateKeyPassphrase);
        var connection = new ConnectionInfo(_options.Host, _options.Port, _options.Username, new PrivateKeyAuthenticationMethod(_options.Username, key))
        {
            Timeout = _options.ConnectTimeout,
        };
        var client = new SftpClient(connection);
        client.HostKeyReceived += OnHostKey;
        try
        {
            await client.ConnectAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (SshException e) when (_seenFingerprint is { } seen && seen != _expected)
        {
            client.Dispose();
            throw new SftpHostKeyMismatchException($"{_options.Host}:{_options.Port}", "SHA256:" + _expected, "SHA256:" + seen, e);
        }
        catch
        {
            client.Dispose();
            throw;
        }
        _client = client;
        return client;
    }

    private void OnHostKey(object? sender, HostKeyEventArgs e)
    {
        _seenFingerprint = NormalizeFingerprint(e.FingerPrintSHA256);
        e.CanTrust = string.Equals(_seenFingerprint, _expected, StringComparison.Ordinal);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _client?.Dispose();
        _client = null;
    }
}
