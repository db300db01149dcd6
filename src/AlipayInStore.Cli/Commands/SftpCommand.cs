using System.CommandLine;
using System.Runtime.InteropServices;
using AlipayInStore.Gateway.Payments;
using AlipayInStore.Gateway.Reconciliation;

namespace AlipayInStore.Cli.Commands;

/// <summary>
/// <c>alipay-instore sftp --export DIR</c>: serves each partner's reconciliation folder over SFTP with Debian's sshd,
/// chrooted and read-only, until stopped: the gateway's <see cref="SftpDelivery"/> over a given export folder.
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
        var retention = new ReconciliationRetention(TimeProvider.System, new BusinessDay(TimeSpan.FromHours(8)));
        var delivery = new SftpDelivery(layout, options, retention, TimeSpan.FromSeconds(syncSeconds), Console.Out, Console.Error);
        return await delivery.ServeAsync(stop.Token);
    }
}
