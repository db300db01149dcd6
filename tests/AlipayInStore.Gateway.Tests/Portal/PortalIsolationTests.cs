using System.Net;
using System.Text.RegularExpressions;
using AlipayInStore.Gateway.Accounts;
using AlipayInStore.Gateway.Merchants;
using AlipayInStore.Gateway.Tests.Support;

namespace AlipayInStore.Gateway.Tests.Portal;

/// <summary>Over plain HTTP: a second merchant's user sees none of the seeded merchant's transactions, exchanges or notifications.</summary>
public sealed partial class PortalIsolationTests : IAsyncLifetime
{
    private GatewayFixture _gateway = null!;

    public async Task InitializeAsync() => _gateway = await GatewayFixture.StartAsync(background: false);

    public async Task DisposeAsync() => await _gateway.DisposeAsync();

    [Fact]
    public async Task OtherMerchantUser_EveryPortalPage_ShowsNothingOfSeededMerchant()
    {
        var transId = "ISO" + Guid.NewGuid().ToString("N")[..16];
        var paid = await _gateway.Merchant.PayAsync(transId, "1500");
        Assert.Equal("S", paid.Status);
        var acquirementId = paid.Field("acquirementId")!;
        await WaitForExchangeAsync(transId);
        using var other = await SignInAsync(await AddMerchantUserAsync());
        using var owner = await SignInAsync((_gateway.Seed.Logins.PortalUserName, _gateway.Seed.Logins.PortalPassword));

        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync("/portal/transactions/" + acquirementId)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await owner.GetAsync("/portal/transactions/" + acquirementId)).StatusCode);
        foreach (var page in new[] { "/portal/transactions", "/portal/exchanges", "/portal/notifications", "/portal" })
        {
            Assert.DoesNotContain(transId, await other.GetStringAsync(page), StringComparison.Ordinal);
            Assert.DoesNotContain(acquirementId, await other.GetStringAsync(page), StringComparison.Ordinal);
        }
        Assert.Contains(acquirementId, await owner.GetStringAsync("/portal/transactions"), StringComparison.Ordinal);
        Assert.Contains(transId, await owner.GetStringAsync("/portal/exchanges"), StringComparison.Ordinal);
        Assert.Contains(acquirementId, await owner.GetStringAsync("/portal/notifications"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnonymousVisitor_PortalPageAndWalletPage_RedirectedToTheirOwnSignIn()
    {
        using var anonymous = Client();

        var portal = await anonymous.GetAsync("/portal/transactions");
        var wallet = await anonymous.GetAsync("/wallet/pay");

        Assert.Equal(HttpStatusCode.Redirect, portal.StatusCode);
        Assert.StartsWith("/portal/login", portal.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, wallet.StatusCode);
        Assert.StartsWith("/wallet/login", wallet.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    private HttpClient Client() =>
        new(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() }) { BaseAddress = _gateway.BaseAddress };

    private async Task<HttpClient> SignInAsync((string UserName, string Password) login)
    {
        var client = Client();
        var form = await client.GetStringAsync("/portal/login");
        var token = TokenPattern().Match(form).Groups[1].Value;
        using var response = await client.PostAsync("/portal/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["UserName"] = login.UserName, ["Password"] = login.Password, ["__RequestVerificationToken"] = token,
        }));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/portal", response.Headers.Location!.OriginalString);
        return client;
    }

    private Task<(string, string)> AddMerchantUserAsync() => _gateway.WithDbAsync(async db =>
    {
        var merchant = new Merchant("2088999900001111", "OTHERMERCHANT001", "Other Shop", _gateway.Clock.GetUtcNow());
        db.Merchants.Add(merchant);
        await db.SaveChangesAsync();
        var user = new PortalUser(merchant.Id, "owner@other.test", _gateway.Clock.GetUtcNow());
        user.SetPasswordHash(PortalPasswords.Hash(user, "other-password-1"));
        db.PortalUsers.Add(user);
        await db.SaveChangesAsync();
        return (user.UserName, "other-password-1");
    });

    private async Task WaitForExchangeAsync(string transId)
    {
        for (var i = 0; i < 50 && !await _gateway.WithDbAsync(db => Task.FromResult(db.Exchanges.Any(x => x.MerchantTransId == transId))); i++)
        {
            await Task.Delay(100);
        }
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
