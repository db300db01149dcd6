namespace AlipayInStore.Gateway.Sandbox;

/// <summary>
/// The sandbox's generated sign-in passwords: the seeded merchant's portal user and each buyer's wallet (and payment)
/// password. Kept in the data folder, readable by its owner only, so a restart can print them again.
/// </summary>
internal sealed record SandboxLogins(string PortalUserName, string PortalPassword, IReadOnlyDictionary<string, string> BuyerPasswords);
