using AlipayInStore.Gateway.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace AlipayInStore.Gateway.Accounts;

/// <summary>
/// Password checks for merchant users (with lockout after five wrong passwords in a row) and wallet buyers,
/// over ASP.NET Core Identity's PBKDF2 hasher. Unknown users cost the same hashing work as known ones.
/// </summary>
internal sealed class PortalPasswords(GatewayDbContext db, TimeProvider clock)
{
    public static readonly TimeSpan LockoutDuration = TimeSpan.FromMinutes(15);

    private static readonly PasswordHasher<PortalUser> UserHasher = new();
    private static readonly PasswordHasher<Buyer> BuyerHasher = new();
    private static readonly string DummyHash = UserHasher.HashPassword(null!, "not-a-password");

    public static string Hash(PortalUser user, string password) => UserHasher.HashPassword(user, password);

    public static string Hash(Buyer buyer, string password) => BuyerHasher.HashPassword(buyer, password);

    /// <summary>Checks a merchant user's password; on success returns the user.</summary>
    public async Task<(SignInOutcome Outcome, PortalUser? User)> CheckUserAsync(string userName, string password, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var user = await db.Set<PortalUser>().SingleOrDefaultAsync(u => u.UserName == userName.Trim(), ct);
        if (user is null)
        {
            UserHasher.VerifyHashedPassword(null!, DummyHash, password);
            return (SignInOutcome.WrongPassword, null);
        }
        if (user.IsLocked(now))
        {
            return (SignInOutcome.LockedOut, null);
        }
        if (UserHasher.VerifyHashedPassword(user, user.PasswordHash, password) == PasswordVerificationResult.Failed)
        {
            user.RecordFailure(now, LockoutDuration);
            await db.SaveChangesAsync(ct);
            return (user.IsLocked(now) ? SignInOutcome.LockedOut : SignInOutcome.WrongPassword, null);
        }
        user.RecordSuccess();
        await db.SaveChangesAsync(ct);
        return (SignInOutcome.Succeeded, user);
    }

    /// <summary>Checks a buyer's wallet password (also the payment password).</summary>
    public async Task<Buyer?> CheckBuyerAsync(string buyerId, string password, CancellationToken ct)
    {
        var buyer = await db.Buyers.AsNoTracking().SingleOrDefaultAsync(b => b.Id == buyerId.Trim().ToLowerInvariant(), ct);
        if (buyer?.PasswordHash is not { } hash)
        {
            UserHasher.VerifyHashedPassword(null!, DummyHash, password);
            return null;
        }
        return BuyerHasher.VerifyHashedPassword(buyer, hash, password) == PasswordVerificationResult.Failed ? null : buyer;
    }
}
