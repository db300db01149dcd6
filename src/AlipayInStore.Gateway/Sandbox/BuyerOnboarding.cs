using System.Globalization;
using System.Security.Cryptography;
using System.Text.RegularExpressions;
using AlipayInStore.Gateway.Accounts;
using AlipayInStore.Gateway.Data;
using AlipayInStore.Gateway.Hosting;
using AlipayInStore.Gateway.Ledger;
using AlipayInStore.Gateway.Merchants;
using AlipayInStore.Protocol.Money;
using Microsoft.EntityFrameworkCore;

namespace AlipayInStore.Gateway.Sandbox;

/// <summary>The one way a sandbox buyer comes to exist (first start, control API, seed file): wallet, test code, password, funding.</summary>
internal static partial class BuyerOnboarding
{
    public const long MaxBalance = 100_000_000_000; // 1e11 minor units

    [GeneratedRegex("^[a-z0-9][a-z0-9_.-]{1,31}$")]
    private static partial Regex IdPattern();

    [GeneratedRegex("^28[0-9]{16}$")]
    private static partial Regex CodePattern();

    [GeneratedRegex("^[0-9]{6}$")]
    private static partial Regex PasswordPattern();

    public static SpecError? Check(BuyerSpec spec, string prefix = "") =>
        (spec.BuyerId is null || !IdPattern().IsMatch(spec.BuyerId) ? new SpecError(prefix + "buyerId", "must be 2 to 32 lower-case letters, digits, '_', '.' or '-', starting with a letter or digit") : null)
        ?? MerchantRules.Name(spec.Name, prefix + "name")
        ?? (spec.Balance is < 0 or > MaxBalance ? new SpecError(prefix + "balance", $"must be 0 to {MaxBalance} minor units") : null)
        ?? (spec.Currency is { } c && !Currencies.IsKnown(c) ? new SpecError(prefix + "currency", "must be an ISO 4217 code the gateway knows, e.g. USD") : null)
        ?? (spec.TestCode is { } t && !CodePattern().IsMatch(t) ? new SpecError(prefix + "testCode", "must be 28 followed by 16 digits") : null)
        ?? (spec.WalletPassword is { } p && !PasswordPattern().IsMatch(p) ? new SpecError(prefix + "walletPassword", "must be six digits") : null);

    public static async Task<(Buyer? Buyer, string? Password, SpecError? Error)> CreateAsync(GatewayDbContext db, BuyerSpec spec, DateTimeOffset now, CancellationToken ct)
    {
        if (Check(spec) is { } invalid)
        {
            return (null, null, invalid);
        }
        if (await db.Buyers.AnyAsync(b => b.Id == spec.BuyerId, ct))
        {
            return (null, null, new SpecError("buyerId", $"{spec.BuyerId} is already taken by another buyer"));
        }
        var code = spec.TestCode ?? "28" + RandomDigits.Of(16);
        if (await db.Buyers.AnyAsync(b => b.TestCode == code, ct))
        {
            return (null, null, new SpecError("testCode", $"{code} is already another buyer's test code"));
        }
        var currency = spec.Currency ?? "USD";
        var buyer = new Buyer(spec.BuyerId!, spec.Name ?? spec.BuyerId!, code, currency);
        var password = spec.WalletPassword ?? RandomNumberGenerator.GetInt32(100_000, 1_000_000).ToString(CultureInfo.InvariantCulture);
        buyer.SetPasswordHash(PortalPasswords.Hash(buyer, password));
        await UnitOfWork.RunAsync(db, async token =>
        {
            db.Buyers.Add(buyer);
            if (spec.Balance is long amount && amount > 0)
            {
                await LedgerPoster.PostAsync(db, LedgerEntryKind.Funding, null, null, now,
                    [new(LedgerAccounts.External, currency, -amount), new(buyer.LedgerAccount, currency, amount)], null, token);
            }
            return true;
        }, ct);
        return (buyer, password, null);
    }
}
