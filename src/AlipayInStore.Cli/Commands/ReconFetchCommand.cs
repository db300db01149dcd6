using System.CommandLine;
using System.Globalization;
using AlipayInStore.Client.Reconciliation;

namespace AlipayInStore.Cli.Commands;

/// <summary><c>alipay-instore recon fetch --date yyyy-MM-dd</c>: downloads one day's file over SFTP, pinning the host key.</summary>
internal static class ReconFetchCommand
{
    public static Command Create()
    {
        var date = new Option<string>("--date") { Description = "Business day to fetch, yyyy-MM-dd", Required = true };
        var host = new Option<string>("--host") { Description = "SFTP host", DefaultValueFactory = _ => "127.0.0.1" };
        var port = new Option<int>("--port") { Description = "SFTP port", DefaultValueFactory = _ => 22 };
        var user = new Option<string>("--user") { Description = "Your SFTP account (the sftp command prints it)", Required = true };
        var key = new Option<string>("--key") { Description = "Path of your SSH private key", Required = true };
        var hostKey = new Option<string>("--host-key") { Description = "The server's pinned host key fingerprint, SHA256:…", Required = true };
        var output = new Option<string>("--out") { Description = "Folder to save the file in", DefaultValueFactory = _ => "." };
        var command = new Command("fetch", "Download the reconciliation file of one business day over SFTP") { date, host, port, user, key, hostKey, output };
        command.SetAction(async (parse, cancellationToken) =>
        {
            if (!DateOnly.TryParseExact(parse.GetValue(date), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            {
                await Console.Error.WriteLineAsync($"--date '{parse.GetValue(date)}' must be a date written yyyy-MM-dd.");
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
                Console.WriteLine($"Saved {path} ({new FileInfo(path).Length} bytes)");
                Console.WriteLine($"Check it with: alipay-instore recon check --file {path} --ledger merchant.csv");
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
}
