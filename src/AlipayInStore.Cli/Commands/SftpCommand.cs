using System.CommandLine;
using System.Runtime.InteropServices;
using AlipayInStore.Gateway.Reconciliation;

namespace AlipayInStore.Cli.Commands;

/// <summary>
/// <c>alipay-instore sftp --export DIR</c>: serves each partner's reconciliation folder over SFTP with Debian's sshd,
/// chrooted and read-only, until stopped; keeps the chroots in step with the export folder and applies retention.
/// </summary>
internal static class SftpCommand
{
    public static Command Create()
    {
        var export = new Option<DirectoryInfo>("--export")
        {
            Description = "The gateway's reconciliation export folder (sftp/<partnerId>/, keys/<partnerId>.pub)",
            DefaultValueFactory = _ => new DirectoryInfo(Path.Combine(".sandbox", "reconciliation")),
        };
        var port = new Option<int>("--port") { Description = "Loopback port to listen on; 0 picks a free one", DefaultValueFactory = _ => 2222 };
        var state = new Option<string>("--state")
        {
            Description = "sshd state folder (config, host key, chroots); must be root-owned, never under /tmp",
            DefaultValueFactory = _ => Path.Combine(SshdServerOptions.StateRoot, "default"),
        };
        var sync = new Option<int>("--sync-seconds") { Description = "How often to copy new files into the chroots", DefaultValueFactory = _ => 10 };
        var command = new Command("sftp", "Serve reconciliation files over SFTP (OpenSSH sshd, chrooted, read-only, SSH key or password)") { export, port, state, sync };
        command.SetAction((parse, cancellationToken) =>
            RunAsync(new ReconciliationExportLayout(parse.GetValue(export)!.FullName), parse.GetValue(port), parse.GetValue(state)!, parse.GetValue(sync), cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(ReconciliationExportLayout layout, int port, string stateDirectory, int syncSeconds, CancellationToken cancellationToken)
    {
        var options = new SshdServerOptions { StateDirectory = stateDirectory, Port = port };
        // Stop gracefully on Ctrl+C and SIGTERM alike, so sshd and its sessions end with this command.
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        void OnSignal(PosixSignalContext context)
        {
            context.Cancel = true;
            stop.Cancel();
        }
        using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, OnSignal);
        using var sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, OnSignal);
        return await ServeAsync(layout, options, syncSeconds, TimeProvider.System, stop.Token);
    }

    /// <summary>Serves until <paramref name="stop"/>: accounts for the partners with uploaded keys or an SFTP password, files kept in step. 0, or 2 when SFTP cannot run here.</summary>
    public static async Task<int> ServeAsync(ReconciliationExportLayout layout, SshdServerOptions options, int syncSeconds, TimeProvider time, CancellationToken stop)
    {
        var cancellationToken = stop;
        var missing = SshdPrerequisites.Missing(options);
        if (missing.Count > 0)
        {
            await Console.Error.WriteLineAsync("SFTP delivery is not available here:");
            foreach (var line in missing)
            {
                await Console.Error.WriteLineAsync("  - " + line);
            }
            await Console.Error.WriteLineAsync(SshdPrerequisites.HttpsFallback);
            return 2;
        }
        var partners = new List<SftpPartnerAccount>();
        foreach (var partnerId in layout.Partners())
        {
            if (await SftpAccountFiles.ReadAsync(layout, partnerId, cancellationToken) is not { } account)
            {
                Console.WriteLine($"Partner {partnerId}: no SSH public key uploaded and no SFTP password issued; no SFTP account until one is.");
                continue;
            }
            partners.Add(account);
        }
        var retention = new ReconciliationRetention(time, new Gateway.Payments.BusinessDay(TimeSpan.FromHours(8)));
        retention.Apply(layout);
        try
        {
            await using var server = await SshdServer.StartAsync(options, partners, stop);
            PrintAccess(server, partners);
            await KeepInStepAsync(server, layout, retention, syncSeconds, stop);
        }
        catch (SftpUnavailableException e)
        {
            await Console.Error.WriteLineAsync(e.Message);
            return 2;
        }
        return 0;
    }

    private static void PrintAccess(SshdServer server, IReadOnlyList<SftpPartnerAccount> partners)
    {
        Console.WriteLine($"SFTP on 127.0.0.1:{server.Port}  host key {server.HostKeyFingerprint}  (config {server.ConfigPath})");
        foreach (var partner in partners)
        {
            var login = (partner.AuthorizedKeys.Trim().Length > 0, partner.PasswordHash is not null) switch
            {
                (true, true) => "SSH key or password",
                (false, true) => "password",
                _ => "SSH key",
            };
            Console.WriteLine($"  partner {partner.PartnerId}: user {server.UserName(partner.PartnerId)} ({login})");
        }
        if (partners.Count > 0)
        {
            var user = server.UserName(partners[0].PartnerId);
            Console.WriteLine($"Try: alipay-instore recon fetch --date yyyy-MM-dd --port {server.Port} --user {user} --key ~/.ssh/id_ed25519 --host-key {server.HostKeyFingerprint}");
        }
        Console.WriteLine("Press Ctrl+C to stop.");
    }

    private static async Task KeepInStepAsync(SshdServer server, ReconciliationExportLayout layout, ReconciliationRetention retention, int syncSeconds, CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(Math.Max(1, syncSeconds)));
        try
        {
            while (await timer.WaitForNextTickAsync(cancellationToken))
            {
                retention.Apply(layout);
                server.SyncFiles();
            }
        }
        catch (OperationCanceledException)
        {
            Console.WriteLine("Stopping sshd.");
        }
    }
}
