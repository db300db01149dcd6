using AlipayInStore.Gateway.Data;
using Microsoft.EntityFrameworkCore;

namespace AlipayInStore.Gateway.Sandbox;

/// <summary>
/// On first start: the merchants and buyers of the seed file, or (without one) one merchant with a fresh key pair and
/// SHA256 key and two funded buyers (Bob's balance is small), all made by the onboarding code the control API uses.
/// </summary>
internal static class SandboxSeeder
{
    public const long AliceFunding = 1_000_000; // USD 10,000.00
    public const long BobFunding = 2_000;       // USD 20.00

    public static async Task<SandboxSeed> SeedAsync(GatewayDbContext db, string dataDirectory, DateTimeOffset now, CancellationToken ct, SeedDocument? seed = null)
    {
        var keyDir = Path.Combine(dataDirectory, "keys");
        Directory.CreateDirectory(keyDir);
        var existing = await db.Merchants.OrderBy(m => m.Id).FirstOrDefaultAsync(ct);
        if (existing is not null)
        {
            var known = await SandboxLoginSeeder.EnsureAsync(db, existing, dataDirectory, now, ct);
            return new SandboxSeed(existing, Path.Combine(keyDir, "merchant_private_key.pem"), Path.Combine(keyDir, "merchant_public_key.pem"),
                await db.Buyers.OrderBy(b => b.Id).ToListAsync(ct), CreatedNow: false) { Logins = known };
        }
        return await SeedApplier.ApplyAsync(db, dataDirectory, seed ?? SeedApplier.Generated(), now, ct);
    }
}
