using System.Security.Cryptography;
using AlipayInStore.Gateway.Data;
using AlipayInStore.Gateway.Hosting;
using AlipayInStore.Gateway.Ledger;
using AlipayInStore.Gateway.Merchants;
using AlipayInStore.Gateway.Payments;
using AlipayInStore.Gateway.Wallet;
using AlipayInStore.Protocol.Keys;
using Microsoft.EntityFrameworkCore;

namespace AlipayInStore.Gateway.Sandbox;

/// <summary>On first start: one merchant with a fresh key pair and SHA256 key, two funded buyers (Bob's balance is small).</summary>
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
            var logins = await SandboxLoginSeeder.EnsureAsync(db, existing, dataDirectory, now, ct);
            return new SandboxSeed(existing, privatePath, publicPath, await db.Buyers.OrderBy(b => b.Id).ToListAsync(ct), CreatedNow: false) { Logins = logins };
        }
        var key = RsaPrivateKey.Generate();
        KeyFiles.WriteSecret(privatePath, key.ExportPem());
        await File.WriteAllTextAsync(publicPath, key.PublicKey.ExportPem(), ct);

        var merchant = new Merchant("2088" + TransactionIds.Digits(12), ClientId(), "Sandbox Coffee", now);
        merchant.SetRsaPublicKey(key.PublicKey.ExportPem());
        merchant.SetSha256Key(Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16)));
        var buyers = new[]
        {
            new Buyer("alice", "Alice (well funded)", "28" + TransactionIds.Digits(16), "USD"),
            new Buyer("bob", "Bob (small balance)", "28" + TransactionIds.Digits(16), "USD"),
        };
        await UnitOfWork.RunAsync(db, async token =>
        {
            db.Merchants.Add(merchant);
            db.Buyers.AddRange(buyers);
            foreach (var (buyer, amount) in new[] { (buyers[0], AliceFunding), (buyers[1], BobFunding) })
            {
                await LedgerPoster.PostAsync(db, LedgerEntryKind.Funding, null, null, now,
                    [new(LedgerAccounts.External, "USD", -amount), new(buyer.LedgerAccount, "USD", amount)], null, token);
            }
            return true;
        }, ct);
        var created = await SandboxLoginSeeder.EnsureAsync(db, merchant, dataDirectory, now, ct);
        return new SandboxSeed(merchant, privatePath, publicPath, buyers, CreatedNow: true) { Logins = created };
    }

    private static string ClientId()
    {
        const string alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        return string.Concat(Enumerable.Range(0, 16).Select(_ => alphabet[RandomNumberGenerator.GetInt32(alphabet.Length)]));
    }
}
