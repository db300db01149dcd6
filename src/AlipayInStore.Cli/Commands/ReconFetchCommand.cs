using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using AlipayInStore.Cli.Merchant;
using AlipayInStore.Client.Reconciliation;
using AlipayInStore.Client.Sandbox;
using AlipayInStore.Protocol.Reconciliation;

namespace AlipayInStore.Cli.Commands;

/// <summary><c>alipay-instore recon fetch --date yyyy-MM-dd</c>: downloads one day's file over SFTP, pinning the host key.</summary>
internal static class ReconFetchCommand
{
    public static Command Create()
    {
        var date = new Option<string>("--date") { Description = "Business day to fetch, yyyy-MM-dd", Required = true };
        var host = new Option<string>("--host") { Description = "SFTP host", DefaultValueFactory = _ => "127.0.0.1" };
        var port = new Option<int>("--port") { Description = "SFTP port", DefaultValueFactory = _ => 22 };
        var user = new Option<string?>("--user") { Description = "Your SFTP account (the sftp command prints it)" };
        var key = new Option<string?>("--key") { Description = "Path of your SSH private key" };
        var hostKey = new Option<string?>("--host-key") { Description = "The server's pinned host key fingerprint, SHA256:…" };
        var https = new Option<bool>("--https") { Description = "Download over HTTP(S) from the gateway named in the CLI profile instead of SFTP (files older than 7 days are only there)" };
        var output = new Option<string>("--out") { Description = "Folder to save the file in", DefaultValueFactory = _ => "." };
        var command = new Command("fetch", "Download the reconciliation file of one business day over SFTP (or --https)") { date, host, port, user, key, hostKey, output, https };
        var connection = ConnectionOptions.AddTo(command);
        command.SetAction(async (parse, cancellationToken) =>
        {
            if (!DateOnly.TryParseExact(parse.GetValue(date), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            {
                await Console.Error.WriteLineAsync($"--date '{parse.GetValue(date)}' must be a date written yyyy-MM-dd.");
                return 2;
            }
            if (parse.GetValue(https))
            {
                return await CommandRunner.RunAsync(() => FetchOverHttpsAsync(connection, parse, day, parse.GetValue(output)!, cancellationToken));
            }
            if (parse.GetValue(user) is null || parse.GetValue(key) is null || parse.GetValue(hostKey) is null)
            {
                await Console.Error.WriteLineAsync("SFTP needs --user, --key and --host-key (the sftp command prints them); or use --https.");
                return 2;
            }
            using var source = new SftpReconciliationSource(new SftpSourceOptions
            {
                Host = parse.GetValue(host)!,
                Port = parse.GetValue(port),
                Username = parse.GetValue(user)!,
                PrivateKeyPath = parse.GetValue(key)!,
                HostKeyFingerprint = parse.GetValue(hostKey)!,
            });
            try
            {
                var path = await source.DownloadAsync(day, parse.GetValue(output)!, cancellationToken);
                PrintSaved(path, day, parse.GetValue(connection.Json));
                return 0;
            }
            catch (Exception e) when (e is SftpHostKeyMismatchException or FileNotFoundException or Renci.SshNet.Common.SshException or IOException)
            {
                await Console.Error.WriteLineAsync(e.Message);
                return 1;
            }
        });
        return command;
    }

    private static async Task<int> FetchOverHttpsAsync(ConnectionOptions connection, ParseResult parse, DateOnly day, string folder, CancellationToken ct)
    {
        var profile = connection.LoadProfile(parse);
        var options = connection.Resolve(parse, profile);
        var partnerId = options.PartnerId ?? throw new CliUsageException("--https needs the merchant's Partner ID (--partner-id or the profile).");
        using var control = new SandboxControlClient(options.GatewayUrl!, ConnectionOptions.SandboxToken(profile), TimeSpan.FromSeconds(100));
        var bytes = await control.DownloadReconciliationFileAsync(partnerId, day, ct);
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, ReconciliationFileFormat.FileName(partnerId, day));
        await File.WriteAllBytesAsync(path, bytes, ct);
        PrintSaved(path, day, parse.GetValue(connection.Json));
        return ExitCodes.Success;
    }

    private static void PrintSaved(string path, DateOnly day, bool json)
    {
        var full = Path.GetFullPath(path);
        var bytes = new FileInfo(full).Length;
        if (json)
        {
            Console.WriteLine(new JsonObject { ["file"] = full, ["bytes"] = bytes, ["businessDate"] = day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) }.ToJsonString(Indented));
            return;
        }
        Console.WriteLine($"Saved {full} ({bytes} bytes)");
        Console.WriteLine($"Check it with: alipay-instore recon check --file {full} --ledger merchant.csv");
    }

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };
}
