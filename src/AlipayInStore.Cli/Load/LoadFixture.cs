using System.Globalization;
using AlipayInStore.Client;
using AlipayInStore.Client.Sandbox;

namespace AlipayInStore.Cli.Load;

/// <summary>
/// Creates the merchants (each with its own generated key pair) and funded buyers of a load run through the
/// sandbox control API. The only file of the load generator that calls the control API.
/// </summary>
internal static class LoadFixture
{
    public static async Task<IReadOnlyList<(string PartnerId, AlipayInStoreClient Client)>> CreateMerchantsAsync(
        SandboxControlClient api, HttpClient http, AlipayInStoreOptions template, int count, string runId, CancellationToken ct)
    {
        var merchants = new List<(string, AlipayInStoreClient)>(count);
        for (var i = 0; i < count; i++)
        {
            var created = await api.CreateMerchantAsync(new SandboxMerchantSpec { Name = $"Load {runId} #{i + 1}" }, ct);
            var options = template.Clone();
            options.ClientId = created.Merchant.ClientId;
            options.PartnerId = created.Merchant.PartnerId;
            options.SignType = "RSA2";
            options.MerchantPrivateKey = created.PrivateKeyPem;
            options.MerchantPrivateKeyFile = null;
            options.GatewayPublicKey = created.GatewayPublicKeyPem;
            options.GatewayPublicKeyFile = null;
            options.Sha256Key = null;
            merchants.Add((options.PartnerId, new AlipayInStoreClient(http, options)));
        }
        return merchants;
    }

    /// <returns>Each buyer's id and reusable test code.</returns>
    public static async Task<IReadOnlyList<(string BuyerId, string TestCode)>> CreateBuyersAsync(
        SandboxControlClient api, int count, long balanceMinorUsd, string runId, CancellationToken ct)
    {
        var buyers = new List<(string, string)>(count);
        for (var j = 0; j < count; j++)
        {
            var id = string.Create(CultureInfo.InvariantCulture, $"load-{runId}-{j}");
            var created = await api.CreateBuyerAsync(new SandboxBuyerSpec { BuyerId = id, Name = $"Load buyer {j + 1}", Balance = balanceMinorUsd, Currency = "USD" }, ct);
            buyers.Add((id, created.TestCode));
        }
        return buyers;
    }
}
