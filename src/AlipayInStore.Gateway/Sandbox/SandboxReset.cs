using AlipayInStore.Gateway.Data;
using AlipayInStore.Gateway.Hosting;
using AlipayInStore.Gateway.Merchants;
using Microsoft.EntityFrameworkCore;

namespace AlipayInStore.Gateway.Sandbox;

/// <summary>
/// Puts the sandbox back to its seed: every transaction, refund, ledger line, notification, exchange, file and
/// merchant goes, then the kept seed (<see cref="SeedStore"/>) is applied again. The control token and the clock stay.
/// </summary>
internal sealed class SandboxReset(GatewayDbContext db, GatewayKeys keys, MerchantCredentials credentials, TimeProvider clock)
{
    public string DataDirectory { get; } = Path.GetDirectoryName(Path.GetDirectoryName(keys.PublicKeyPath))!;

    public async Task<SandboxSeed> ResetAsync(CancellationToken ct)
    {
        var seed = SeedStore.Load(DataDirectory)
            ?? throw new SeedFileException($"No seed is kept in {SeedStore.PathIn(DataDirectory)}: this sandbox predates seeds; start it in a fresh folder");
        await UnitOfWork.RunAsync(db, async token =>
        {
            await db.NotificationAttempts.ExecuteDeleteAsync(token);
            await db.Notifications.ExecuteDeleteAsync(token);
            await db.KitDeliveries.ExecuteDeleteAsync(token);
            await db.AcceptanceQuestionnaires.ExecuteDeleteAsync(token);
            await db.AcceptanceRuns.ExecuteDeleteAsync(token);
            await db.Exchanges.ExecuteDeleteAsync(token);
            await db.LedgerEntries.ExecuteDeleteAsync(token);
            await db.LedgerBalances.ExecuteDeleteAsync(token);
            await db.Refunds.ExecuteDeleteAsync(token);
            await db.Payments.ExecuteDeleteAsync(token);
            await db.PaymentCodes.ExecuteDeleteAsync(token);
            await db.ReconciliationFiles.ExecuteDeleteAsync(token);
            await db.SecondaryMerchants.ExecuteDeleteAsync(token);
            await db.PortalUsers.ExecuteDeleteAsync(token);
            await db.Buyers.ExecuteDeleteAsync(token);
            await db.Merchants.ExecuteDeleteAsync(token);
            return true;
        }, ct);
        credentials.Clear();
        foreach (var folder in new[] { Path.Combine(DataDirectory, "reconciliation"), Path.Combine(DataDirectory, "keys", "merchants") })
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
        File.Delete(Path.Combine(DataDirectory, "keys", SandboxLoginSeeder.FileName));
        db.ChangeTracker.Clear();
        return await SeedApplier.ApplyAsync(db, DataDirectory, seed, clock.GetUtcNow(), ct);
    }
}
