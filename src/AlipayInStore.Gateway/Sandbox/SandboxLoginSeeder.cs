using System.Security.Cryptography;
using System.Text.Json;
using AlipayInStore.Gateway.Accounts;
using AlipayInStore.Gateway.Data;
using AlipayInStore.Gateway.Hosting;
using AlipayInStore.Gateway.Merchants;
using Microsoft.EntityFrameworkCore;

namespace AlipayInStore.Gateway.Sandbox;

/// <summary>Gives the seeded merchant a portal user and each buyer a wallet password, once; later starts read them back.</summary>
internal static class SandboxLoginSeeder
{
    public const string FileName = "sandbox_logins.json";

    public static async Task<SandboxLogins> EnsureAsync(GatewayDbContext db, Merchant merchant, string dataDirectory, DateTimeOffset now, CancellationToken ct)
    {
        var path = Path.Combine(dataDirectory, "keys", FileName);
        var known = File.Exists(path) ? JsonSerializer.Deserialize<Dictionary<string, string>>(await File.ReadAllTextAsync(path, ct)) ?? [] : [];
        var userName = "owner@" + merchant.PartnerId;
        var changed = false;
        if (!await db.PortalUsers.AnyAsync(u => u.MerchantId == merchant.Id, ct))
        {
            var user = new PortalUser(merchant.Id, userName, now);
            known[SandboxLoginKeys.Portal(userName)] = Password(12);
            user.SetPasswordHash(PortalPasswords.Hash(user, known[SandboxLoginKeys.Portal(userName)]));
            db.PortalUsers.Add(user);
            changed = true;
        }
        var buyers = await db.Buyers.OrderBy(b => b.Id).ToListAsync(ct);
        foreach (var buyer in buyers.Where(b => b.PasswordHash is null))
        {
            // Six digits, like the payment password of the real wallet: it signs in and pays.
            known[SandboxLoginKeys.Buyer(buyer.Id)] = RandomNumberGenerator.GetInt32(100_000, 1_000_000).ToString(System.Globalization.CultureInfo.InvariantCulture);
            buyer.SetPasswordHash(PortalPasswords.Hash(buyer, known[SandboxLoginKeys.Buyer(buyer.Id)]));
            changed = true;
        }
        if (changed)
        {
            await db.SaveChangesAsync(ct);
            KeyFiles.WriteSecret(path, JsonSerializer.Serialize(known));
        }
        return new SandboxLogins(userName, known.GetValueOrDefault(SandboxLoginKeys.Portal(userName), "(set earlier; not on file)"),
            buyers.ToDictionary(b => b.Id, b => known.GetValueOrDefault(SandboxLoginKeys.Buyer(b.Id), "(set earlier; not on file)"), StringComparer.Ordinal));
    }

    /// <summary>Adds passwords issued elsewhere (onboarding) to the file the quick start reads them back from.</summary>
    public static void Remember(string dataDirectory, IReadOnlyDictionary<string, string> entries)
    {
        var path = Path.Combine(dataDirectory, "keys", FileName);
        var known = File.Exists(path) ? JsonSerializer.Deserialize<Dictionary<string, string>>(File.ReadAllText(path)) ?? [] : [];
        foreach (var (key, value) in entries)
        {
            known[key] = value;
        }
        KeyFiles.WriteSecret(path, JsonSerializer.Serialize(known));
    }

    /// <summary>Letters and digits without look-alikes, so it can be typed from the console.</summary>
    private static string Password(int length)
    {
        const string alphabet = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        return string.Concat(Enumerable.Range(0, length).Select(_ => alphabet[RandomNumberGenerator.GetInt32(alphabet.Length)]));
    }
}
