using System.Net;
using System.Text.Json;
using AlipayInStore.Protocol.Keys;
using AlipayInStore.Protocol.Signing;

namespace AlipayInStore.Gateway.Tests.Support;

/// <summary>A merchant created through <c>POST /sandbox/merchants</c>: what the operator was told, and a client signing as it.</summary>
internal sealed record OnboardedClient(JsonElement Created, MerchantClient Client)
{
    public string PartnerId => Client.PartnerId;
    public string PortalUser => Created.GetProperty("merchant").GetProperty("portalUser").GetString()!;
    public string PortalPassword => Created.GetProperty("portalPassword").GetString()!;

    public static async Task<OnboardedClient> CreateAsync(GatewayFixture gateway, object? body = null)
    {
        var (status, json) = await gateway.Control.SendAsync(HttpMethod.Post, "/sandbox/merchants", body ?? new { });
        Assert.True(status == HttpStatusCode.Created, json.ToString());
        var merchant = json.GetProperty("merchant");
        var signType = merchant.GetProperty("signType").GetString()!;
        var sha = merchant.GetProperty("sha256Key").GetString();
        var privatePem = json.GetProperty("privateKeyPem").GetString();
        IMessageSigner signer = signType == SignTypes.Sha256 ? new Sha256KeyScheme(sha!) : new Rsa2Signer(RsaPrivateKey.Load(privatePem!));
        IMessageVerifier? answers = signType == SignTypes.Sha256 ? new Sha256KeyScheme(sha!) : null;
        var client = new MerchantClient(gateway, merchant.GetProperty("partnerId").GetString()!, merchant.GetProperty("clientId").GetString()!,
            new Lazy<IMessageSigner>(signer), answers) { DefaultSignType = signType };
        return new OnboardedClient(json, client);
    }
}
