using System.Globalization;
using System.Text.Json.Nodes;
using AlipayInStore.Client;
using AlipayInStore.Cli.Sandbox;

namespace AlipayInStore.Cli.Load;

/// <summary>
/// Creates the merchants (each with its own generated key pair) and funded buyers of a load run through the
/// sandbox control API. The only file of the load generator that calls the control API.
/// </summary>
internal static class LoadFixture
{
    public static async Task<IReadOnlyList<(string PartnerId, AlipayInStoreClient Client)>> CreateMerchantsAsync(
        OperatorApi api, HttpClient http, AlipayInStoreOptions template, int count, string runId, CancellationToken ct)
    {
        var merchants = new List<(string, AlipayInStoreClient)>(count);
        for (var i = 0; i < count; i++)
        {
            var created = await api.SendAsync(HttpMethod.Post, "sandbox/merchants", new JsonObject { ["name"] = $"Load {runId} #{i + 1}" }, ct);
            var merchant = created["merchant"]!;
            var options = template.Clone();
            options.ClientId = merchant["clientId"]!.GetValue<string>();
            options.PartnerId = merchant["partnerId"]!.GetValue<string>();
            options.SignType = "RSA2";
            options.MerchantPrivateKey = created["privateKeyPem"]!.GetValue<string>();
            options.MerchantPrivateKeyFile = null;
            options.GatewayPublicKey = created["gatewayPublicKeyPem"]!.GetValue<string>();
            options.GatewayPublicKeyFile = null;
            options.Sha256Key = null;
            merchants.Add((options.PartnerId, new AlipayInStoreClient(http, options)));
        }
        return merchants;
    }

    /// <returns>Each buyer's id and reusable test code.</returns>
    public static async Task<IReadOnlyList<(string BuyerId, string TestCode)>> CreateBuyersAsync(
        OperatorApi api, int count, long balanceMinorUsd, string runId, CancellationToken ct)
    {
        var buyers = new List<(string, string)>(count);
        for (var j = 0; j < count; j++)
        {
            var id = string.Create(CultureInfo.InvariantCulture, $"load-{runId}-{j}");
            var created = await api.SendAsync(HttpMethod.Post, "sandbox/buyers",
                new JsonObject { ["buyerId"] = id, ["name"] = $"Load buyer {j + 1}", ["balance"] = balanceMinorUsd, ["currency"] = "USD" }, ct);
            buyers.Add((id, created["testCode"]!.GetValue<string>()));
        }
        return buyers;
    }
}
