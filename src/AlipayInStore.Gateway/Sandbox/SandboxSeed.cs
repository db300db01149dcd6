using AlipayInStore.Gateway.Merchants;
using AlipayInStore.Gateway.Wallet;

namespace AlipayInStore.Gateway.Sandbox;

/// <summary>What the sandbox has to offer a newcomer: the merchant, its key files, the buyers.</summary>
internal sealed record SandboxSeed(Merchant Merchant, string MerchantPrivateKeyPath, string MerchantPublicKeyPath, IReadOnlyList<Buyer> Buyers, bool CreatedNow);
