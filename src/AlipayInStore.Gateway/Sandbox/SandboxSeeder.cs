using AlipayInStore.Gateway.Data;
using AlipayInStore.Gateway.Merchants;
using AlipayInStore.Gateway.Reconciliation;
using Microsoft.EntityFrameworkCore;

namespace AlipayInStore.Gateway.Sandbox;

/// <summary>
/// On first start: one merchant with a fresh key pair and SHA256 key, two funded buyers (Bob's balance is small),
/// made by the same onboarding code the control API and seed files use.
/// </summary>
internal static class SandboxSeeder
{
    public const long AliceFunding = 1_000_000; // USD 10,000.00
    public const long BobFunding = 2_000;       // USD 20.00

    public static async Task<SandboxSeed> SeedAsync(GatewayDbContext db, string dataDirectory, DateTimeOffset now, CancellationToken ct)
    {
        var keyDir = Path.Combine(dataDirectory, "keys");
        Directory.CreateDirectory(keyDir);
        var privatePath = Path.Combine(keyDir, "merchant_private_key.pem");
        var publicPath = Path.Combine(keyDir, "merchant_public_key.pem");
        var existing = await db.Merchants.OrderBy(m => m.Id).FirstOrDefaultAsync(ct);
        if (existing is not null)
        {
            var known = await SandboxLoginSeeder.EnsureAsync(db, existing, dataDirectory, now, ct);
            return new SandboxSeed(existing, privatePath, publicPath, await db.Buyers.OrderBy(b => b.Id).ToListAsync(ct), CreatedNow: false) { Logins = known };
        }
        var onboarding = new MerchantOnboarding(db, new ReconciliationExportLayout(Path.Combine(dataDirectory, "reconciliation")), keyDir);
        var (created, error) = await onboarding.CreateAsync(new MerchantSpec { Name = "Sandbox Coffee", IssueSha256Key = true }, now, firstMerchant: true, ct);
        var merchant = created?.Merchant ?? throw new InvalidOperationException("The default merchant could not be created: " + error?.Message);
        var remembered = new Dictionary<string, string> { ["portal:" + created.PortalUserName] = created.PortalPassword };
        foreach (var spec in new[]
        {
            new BuyerSpec { BuyerId = "alice", Name = "Alice (well funded)", Balance = AliceFunding, Currency = "USD" },
            new BuyerSpec { BuyerId = "bob", Name = "Bob (small balance)", Balance = BobFunding, Currency = "USD" },
        })
        {
            var (buyer, password, buyerError) = await BuyerOnboarding.CreateAsync(db, spec, now, ct);
            remembered["buyer:" + (buyer?.Id ?? throw new InvalidOperationException("A default buyer could not be created: " + buyerError?.Message))] = password!;
        }
        SandboxLoginSeeder.Remember(dataDirectory, remembered);
        var logins = await SandboxLoginSeeder.EnsureAsync(db, merchant, dataDirectory, now, ct);
        return new SandboxSeed(merchant, privatePath, publicPath, await db.Buyers.OrderBy(b => b.Id).ToListAsync(ct), CreatedNow: true) { Logins = logins };
    }
}
