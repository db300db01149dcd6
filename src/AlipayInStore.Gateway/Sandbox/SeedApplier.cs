using AlipayInStore.Gateway.Accounts;
using AlipayInStore.Gateway.Data;
using AlipayInStore.Gateway.Hosting;
using AlipayInStore.Gateway.Merchants;
using AlipayInStore.Gateway.Reconciliation;
using AlipayInStore.Protocol.Keys;

namespace AlipayInStore.Gateway.Sandbox;

/// <summary>Creates a checked seed's merchants and buyers through the onboarding code, remembers their logins, keeps the seed for resets.</summary>
internal static class SeedApplier
{
    public static async Task<SandboxSeed> ApplyAsync(GatewayDbContext db, string dataDirectory, SeedDocument seed, DateTimeOffset now, CancellationToken ct)
    {
        var keyDir = Path.Combine(dataDirectory, "keys");
        var onboarding = new MerchantOnboarding(db, new SftpAccounts(new ReconciliationExportLayout(Path.Combine(dataDirectory, "reconciliation"))), keyDir);
        var remembered = new Dictionary<string, string>(StringComparer.Ordinal);
        OnboardedMerchant? first = null;
        foreach (var (merchant, i) in seed.Merchants!.Select((m, i) => (m, i)))
        {
            var (created, error) = await onboarding.CreateAsync(merchant.ToSpec(null), now, firstMerchant: i == 0, ct);
            created = created ?? throw new SeedFileException($"merchants[{i}]: {error!.Message}");
            remembered[SandboxLoginKeys.Portal(created.PortalUserName)] = created.PortalPassword;
            first ??= created;
        }
        var buyers = new List<Buyer>();
        foreach (var (spec, i) in (seed.Buyers ?? []).Select((b, i) => (b, i)))
        {
            var (buyer, password, error) = await BuyerOnboarding.CreateAsync(db, spec, now, ct);
            buyers.Add(buyer ?? throw new SeedFileException($"buyers[{i}]: {error!.Message}"));
            remembered[SandboxLoginKeys.Buyer(buyer.Id)] = password!;
        }
        SandboxLoginSeeder.Remember(dataDirectory, remembered);
        SeedStore.Save(dataDirectory, seed);
        var logins = await SandboxLoginSeeder.EnsureAsync(db, first!.Merchant, dataDirectory, now, ct);
        return new SandboxSeed(first.Merchant, first.PrivateKeyPath!, first.PublicKeyPath!, buyers, CreatedNow: true) { Logins = logins };
    }

    /// <summary>The seed of a sandbox started without a seed file: one merchant and two buyers, every id and secret fresh.</summary>
    public static SeedDocument Generated() => new()
    {
        Merchants =
        [
            new SeedMerchant
            {
                PartnerId = MerchantIds.NewPartnerId(), ClientId = MerchantIds.NewClientId(), Name = "Sandbox Coffee",
                RsaPrivateKey = RsaPrivateKey.Generate().ExportPem(), Sha256Key = MerchantIds.NewSha256Key(), PortalPassword = MerchantIds.NewPassword(),
            },
        ],
        Buyers =
        [
            new BuyerSpec { BuyerId = "alice", Name = "Alice (well funded)", Balance = SandboxSeeder.AliceFunding, Currency = "USD", TestCode = NewCode(), WalletPassword = NewPin() },
            new BuyerSpec { BuyerId = "bob", Name = "Bob (small balance)", Balance = SandboxSeeder.BobFunding, Currency = "USD", TestCode = NewCode(), WalletPassword = NewPin() },
        ],
    };

    private static string NewCode() => "28" + RandomDigits.Of(16);

    private static string NewPin() => System.Security.Cryptography.RandomNumberGenerator.GetInt32(100_000, 1_000_000).ToString(System.Globalization.CultureInfo.InvariantCulture);
}
