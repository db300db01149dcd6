namespace AlipayInStore.Gateway.Accounts;

/// <summary>What a password check came to.</summary>
internal enum SignInOutcome
{
    Succeeded,
    WrongPassword,
    LockedOut,
}
