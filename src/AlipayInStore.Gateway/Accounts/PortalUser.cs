namespace AlipayInStore.Gateway.Accounts;

/// <summary>A person who signs in to the portal for one merchant; the password is stored only as a hash.</summary>
internal sealed class PortalUser
{
    /// <summary>Wrong passwords in a row that lock the account.</summary>
    public const int MaxFailedAttempts = 5;

    private PortalUser()
    {
    }

    public PortalUser(long merchantId, string userName, DateTimeOffset now)
    {
        MerchantId = merchantId;
        UserName = userName;
        CreatedAt = now;
    }

    public long Id { get; private set; }
    public long MerchantId { get; private set; }
    public string UserName { get; private set; } = "";
    public string PasswordHash { get; private set; } = "";
    public int FailedAttempts { get; private set; }
    public DateTimeOffset? LockedUntil { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }

    public bool IsLocked(DateTimeOffset now) => LockedUntil is { } until && until > now;

    public void SetPasswordHash(string hash) => PasswordHash = hash;

    /// <summary>Counts a wrong password; the fifth in a row locks the account for <paramref name="lockout"/>.</summary>
    public void RecordFailure(DateTimeOffset now, TimeSpan lockout)
    {
        FailedAttempts++;
        if (FailedAttempts >= MaxFailedAttempts)
        {
            LockedUntil = now + lockout;
            FailedAttempts = 0;
        }
    }

    public void RecordSuccess()
    {
        FailedAttempts = 0;
        LockedUntil = null;
    }
}
