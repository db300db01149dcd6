using Microsoft.Extensions.Hosting;

namespace AlipayInStore.Gateway.Reconciliation;

/// <summary>
/// Serves each partner's reconciliation folder over SFTP with Debian's sshd, chrooted and read-only, until stopped:
/// checks the prerequisites, makes accounts for the partners with an uploaded key or an SFTP password, applies
/// retention, and keeps the chroots in step with the export folder. A hosted service of the gateway when
/// <see cref="ReconciliationOptions.SftpPort"/> is set (<c>sandbox --sftp</c>); <c>alipay-instore sftp</c> runs the same.
/// </summary>
internal sealed class SftpDelivery(
    ReconciliationExportLayout layout, SshdServerOptions sshd, ReconciliationRetention retention, TimeSpan syncEvery, TextWriter output, TextWriter errors)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield(); // the host's start does not wait for sshd
        await ServeAsync(stoppingToken);
    }

    /// <summary>Serves until <paramref name="stop"/>. 0, or 2 when SFTP cannot run here (the reasons are written to the error output).</summary>
    public async Task<int> ServeAsync(CancellationToken stop)
    {
        var missing = SshdPrerequisites.Missing(sshd);
        if (missing.Count > 0)
        {
            await errors.WriteLineAsync("SFTP delivery is not available here:");
            foreach (var line in missing)
            {
                await errors.WriteLineAsync("  - " + line);
            }
            await errors.WriteLineAsync(SshdPrerequisites.HttpsFallback);
            return 2;
        }
        var partners = new List<SftpPartnerAccount>();
        foreach (var partnerId in layout.Partners())
        {
            if (await SftpAccountFiles.ReadAsync(layout, partnerId, stop) is not { } account)
            {
                await output.WriteLineAsync($"Partner {partnerId}: no SSH public key uploaded and no SFTP password issued; no SFTP account until one is.");
                continue;
            }
            partners.Add(account);
        }
        retention.Apply(layout);
        try
        {
            await using var server = await SshdServer.StartAsync(sshd, partners, stop);
            await PrintAccessAsync(server, partners);
            await KeepInStepAsync(server, stop);
        }
        catch (SftpUnavailableException e)
        {
            await errors.WriteLineAsync(e.Message);
            return 2;
        }
        return 0;
    }

    private async Task PrintAccessAsync(SshdServer server, IReadOnlyList<SftpPartnerAccount> partners)
    {
        await output.WriteLineAsync($"SFTP on 127.0.0.1:{server.Port}  host key {server.HostKeyFingerprint}  (config {server.ConfigPath})");
        foreach (var partner in partners)
        {
            var login = (partner.AuthorizedKeys.Trim().Length > 0, partner.PasswordHash is not null) switch
            {
                (true, true) => "SSH key or password",
                (false, true) => "password",
                _ => "SSH key",
            };
            await output.WriteLineAsync($"  partner {partner.PartnerId}: user {server.UserName(partner.PartnerId)} ({login})");
        }
        if (partners.Count > 0)
        {
            var user = server.UserName(partners[0].PartnerId);
            await output.WriteLineAsync($"Try: alipay-instore recon fetch --date yyyy-MM-dd --port {server.Port} --user {user} --key ~/.ssh/id_ed25519 --host-key {server.HostKeyFingerprint}");
        }
        await output.WriteLineAsync("Press Ctrl+C to stop.");
    }

    private async Task KeepInStepAsync(SshdServer server, CancellationToken stop)
    {
        using var timer = new PeriodicTimer(syncEvery > TimeSpan.FromSeconds(1) ? syncEvery : TimeSpan.FromSeconds(1));
        try
        {
            while (await timer.WaitForNextTickAsync(stop))
            {
                retention.Apply(layout);
                server.SyncFiles();
            }
        }
        catch (OperationCanceledException)
        {
            await output.WriteLineAsync("Stopping sshd.");
        }
    }
}
