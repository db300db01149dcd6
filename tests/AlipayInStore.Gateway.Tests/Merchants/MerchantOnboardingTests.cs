using System.Net;
using System.Text.RegularExpressions;
using AlipayInStore.Gateway.Tests.Support;
using AlipayInStore.Protocol.Keys;
using AlipayInStore.Protocol.Signing;
using AlipayInStore.Protocol.Wire;
using Microsoft.EntityFrameworkCore;

namespace AlipayInStore.Gateway.Tests.Merchants;

/// <summary>The operator creates merchants over the control API; each pays with its own ids and keys.</summary>
public sealed class MerchantOnboardingTests(SharedGateway shared) : IClassFixture<SharedGateway>
{
    private GatewayFixture Gateway => shared.Gateway;

    [Fact]
    public async Task Create_WithoutKey_IssuesIdsKeyPairAndPortalUserThatPays()
    {
        var created = await OnboardedClient.CreateAsync(Gateway, new { name = "Second Shop", issueSha256Key = true });
        var merchant = created.Created.GetProperty("merchant");

        Assert.Matches(new Regex("^2088[0-9]{12}$"), created.PartnerId);
        Assert.NotEqual(Gateway.Merchant.PartnerId, created.PartnerId);
        Assert.Matches(new Regex("^[A-Z2-9]{16}$"), created.Client.ClientId);
        Assert.Matches(new Regex("^[0-9a-f]{32}$"), merchant.GetProperty("sha256Key").GetString()!);
        Assert.Equal("Second Shop", merchant.GetProperty("name").GetString());
        Assert.Equal("ACTIVE", merchant.GetProperty("status").GetString());
        Assert.True(File.Exists(created.Created.GetProperty("privateKeyFile").GetString()));
        var pay = await created.Client.PayAsync("ONB-1", "500");
        Assert.Equal("SUCCESS", pay.Code);
        Assert.True(pay.SignatureValid);
        var hash = await Gateway.WithDbAsync(db => db.PortalUsers.Where(u => u.UserName == created.PortalUser).Select(u => u.PasswordHash).SingleAsync());
        Assert.DoesNotContain(created.PortalPassword, hash, StringComparison.Ordinal);
        await Gateway.AssertLedgerBalancedAsync();
    }

    [Fact]
    public async Task Create_WithOwnPublicKey_RegistersItAndReturnsNoPrivateKey()
    {
        var key = RsaPrivateKey.Generate();

        var (status, json) = await Gateway.Control.SendAsync(HttpMethod.Post, "/sandbox/merchants", new { rsaPublicKey = key.PublicKey.ExportPem() });

        Assert.Equal(HttpStatusCode.Created, status);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, json.GetProperty("privateKeyPem").ValueKind);
        var partnerId = json.GetProperty("merchant").GetProperty("partnerId").GetString()!;
        var client = new MerchantClient(Gateway, partnerId, json.GetProperty("merchant").GetProperty("clientId").GetString()!, new Lazy<IMessageSigner>(new Rsa2Signer(key)), null);
        Assert.Equal("SUCCESS", (await client.PayAsync("OWNKEY-1", "100")).Code);
    }

    [Fact]
    public async Task ListAndShow_CreatedMerchant_AppearWithSettings()
    {
        var created = await OnboardedClient.CreateAsync(Gateway, new { feeRateBasisPoints = 250, emptyDayFiles = true });

        var (listStatus, list) = await Gateway.Control.SendAsync(HttpMethod.Get, "/sandbox/merchants");
        var (showStatus, show) = await Gateway.Control.SendAsync(HttpMethod.Get, $"/sandbox/merchants/{created.PartnerId}");
        var (missing, _) = await Gateway.Control.SendAsync(HttpMethod.Get, "/sandbox/merchants/2088000000000000");

        Assert.Equal(HttpStatusCode.OK, listStatus);
        Assert.Contains(list.EnumerateArray(), m => m.GetProperty("partnerId").GetString() == created.PartnerId);
        Assert.Contains(list.EnumerateArray(), m => m.GetProperty("partnerId").GetString() == Gateway.Merchant.PartnerId);
        Assert.Equal(HttpStatusCode.OK, showStatus);
        Assert.Equal(250, show.GetProperty("feeRateBasisPoints").GetInt32());
        Assert.True(show.GetProperty("emptyDayFiles").GetBoolean());
        Assert.Equal(HttpStatusCode.NotFound, missing);
    }

    [Fact]
    public async Task Sha256Merchant_Pays_AnswerSignedWithItsKeyAndRsa2RequestRefused()
    {
        var created = await OnboardedClient.CreateAsync(Gateway, new { signType = "SHA256", issueSha256Key = true });
        var sha = new Sha256KeyScheme(created.Created.GetProperty("merchant").GetProperty("sha256Key").GetString()!);

        var pay = await created.Client.PayAsync("SHA-ONB-1", "300");
        var rsa = await created.Client.CallAsync(ApiFunctions.Pay, created.Client.PayBody("SHA-ONB-2", "300", created.Client.AliceCode),
            created.Client.Head(ApiFunctions.Pay, "RSA2"));

        Assert.Equal("SUCCESS", pay.Code);
        Assert.True(pay.SignatureValid, "the answer verifies with the merchant's SHA256 key");
        Assert.True(sha.Verify(pay.Envelope.SignedContent.Span, pay.Envelope.Signature!));
        Assert.Equal("INVALID_SIGNATURE", rsa.Code);
        Assert.Contains("signs with SHA256", rsa.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Disable_Merchant_RequestsRefusedWithMerchantDisabledHistoryKept()
    {
        var created = await OnboardedClient.CreateAsync(Gateway);
        var paid = await created.Client.PayAsync("DIS-1", "200");

        var (status, view) = await Gateway.Control.SendAsync(HttpMethod.Post, $"/sandbox/merchants/{created.PartnerId}/disable");
        var refused = await created.Client.PayAsync("DIS-2", "200");
        var query = await created.Client.QueryAsync("DIS-1");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("DISABLED", view.GetProperty("status").GetString());
        Assert.Equal(("F", "MERCHANT_DISABLED"), (refused.Status, refused.Code));
        Assert.Equal("MERCHANT_DISABLED", query.Code);
        Assert.Equal(1, await Gateway.WithDbAsync(db => db.Payments.CountAsync(p => p.PartnerId == created.PartnerId)));
        Assert.Equal("SUCCESS", (await Gateway.Control.TransactionAsync(paid.Field("acquirementId")!)).GetProperty("status").GetString());

        await Gateway.Control.SendAsync(HttpMethod.Post, $"/sandbox/merchants/{created.PartnerId}/enable");
        Assert.Equal("SUCCESS", (await created.Client.QueryAsync("DIS-1")).Code);
    }
}
