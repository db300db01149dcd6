using AlipayInStore.Gateway.Ledger;

namespace AlipayInStore.Gateway.Accounts;

/// <summary>A sandbox buyer: wallet login, reusable test code and wallet currency.</summary>
internal sealed class Buyer
{
    private Buyer()
    {
    }

    public Buyer(string id, string displayName, string testCode, string currency)
    {
        Id = id;
        DisplayName = displayName;
        TestCode = testCode;
        Currency = currency;
    }

    /// <summary>The buyer's login name, e.g. <c>alice</c>.</summary>
    public string Id { get; private set; } = "";
    public string DisplayName { get; private set; } = "";

    /// <summary>A reusable payment code for automated tests (never expires, never used up).</summary>
    public string TestCode { get; private set; } = "";

    /// <summary>The currency the wallet holds and pays in.</summary>
    public string Currency { get; private set; } = "USD";

    public string? PasswordHash { get; private set; }

    public void SetPasswordHash(string hash) => PasswordHash = hash;

    public string LedgerAccount => LedgerAccounts.Buyer(Id);
}
