using AlipayInStore.Gateway.Data;
using AlipayInStore.Gateway.Hosting;
using AlipayInStore.Protocol.Results;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace AlipayInStore.Gateway.Accounts;

/// <summary>Buyer payment codes: minting (60 s, single use), resolving a scanned code to its buyer, consuming it.</summary>
internal sealed class PaymentCodeService(GatewayDbContext db, IOptions<PaymentCodeOptions> options)
{
    public async Task<PaymentCode?> MintAsync(string buyerId, DateTimeOffset now, CancellationToken ct)
    {
        if (!await db.Buyers.AnyAsync(b => b.Id == buyerId, ct))
        {
            return null;
        }
        var code = new PaymentCode("28" + RandomDigits.Of(16), buyerId, now + options.Value.PaymentCodeLifetime);
        db.PaymentCodes.Add(code);
        await db.SaveChangesAsync(ct);
        return code;
    }

    /// <summary>The buyer a code belongs to, or the result code that refuses it. Does not consume the code.</summary>
    public async Task<(Buyer? Buyer, ResultCode? Error)> ResolveAsync(string code, DateTimeOffset now, CancellationToken ct)
    {
        var tester = await db.BuyerByTestCodeAsync(code, ct);
        if (tester is not null)
        {
            return (tester, null);
        }
        var minted = await db.PaymentCodes.AsNoTracking().SingleOrDefaultAsync(c => c.Code == code, ct);
        if (minted is null)
        {
            return (null, ResultCodes.InvalidCode);
        }
        if (minted.UsedAt is not null)
        {
            return (null, ResultCodes.InvalidCode with { DefaultMessage = "The payment code was already used" });
        }
        if (minted.ExpiresAt <= now)
        {
            return (null, ResultCodes.ExpiredCode);
        }
        return (await db.Buyers.AsNoTracking().SingleAsync(b => b.Id == minted.BuyerId, ct), null);
    }

    /// <summary>
    /// Marks a minted code used, inside the caller's transaction; false when another pay took it first. The buyer's
    /// reusable test code (<paramref name="resolved"/> is what <see cref="ResolveAsync"/> answered) is never used up.
    /// </summary>
    public async Task<bool> ConsumeAsync(string code, Buyer resolved, DateTimeOffset now, CancellationToken ct)
    {
        if (resolved.TestCode == code)
        {
            return true;
        }
        var updated = await db.PaymentCodes
            .Where(c => c.Code == code && c.UsedAt == null && c.ExpiresAt > now)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.UsedAt, now), ct);
        return updated == 1;
    }
}
