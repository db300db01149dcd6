using AlipayInStore.Gateway.Accounts;
using AlipayInStore.Gateway.Merchants;

namespace AlipayInStore.Gateway.Sandbox;

/// <summary>What the sandbox has to offer a newcomer: the merchant, its key files, the buyers, their logins.</summary>
internal sealed record SandboxSeed(Merchant Merchant, string MerchantPrivateKeyPath, string MerchantPublicKeyPath, IReadOnlyList<Buyer> Buyers, bool CreatedNow)
{
    /// <summary>Portal and wallet passwords (generated on first start).</summary>
    public SandboxLogins Logins { get; init; } = new("", "", new Dictionary<string, string>());
}
