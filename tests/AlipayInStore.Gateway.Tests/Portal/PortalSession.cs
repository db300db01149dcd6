using System.Net;
using System.Text.RegularExpressions;
using AlipayInStore.Gateway.Accounts;
using AlipayInStore.Gateway.Merchants;
using AlipayInStore.Gateway.Tests.Support;

namespace AlipayInStore.Gateway.Tests.Portal;

/// <summary>A browser-like portal session over real HTTP: cookies, sign-in, forms posted with the page's antiforgery token.</summary>
internal sealed partial class PortalSession(HttpClient client) : IDisposable
{
    public HttpClient Client { get; } = client;

    public static async Task<PortalSession> SignInAsync(GatewayFixture gateway, (string UserName, string Password) login)
    {
        var session = new PortalSession(new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() })
        {
            BaseAddress = gateway.BaseAddress,
        });
        using var response = await session.PostFormAsync("/portal/login", new() { ["UserName"] = login.UserName, ["Password"] = login.Password });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return session;
    }

    public static Task<PortalSession> SignInSeededAsync(GatewayFixture gateway) =>
        SignInAsync(gateway, (gateway.Seed.Logins.PortalUserName, gateway.Seed.Logins.PortalPassword));

    /// <summary>A second merchant with its own portal user, signed in.</summary>
    public static async Task<PortalSession> SignInOtherMerchantAsync(GatewayFixture gateway)
    {
        var login = await gateway.WithDbAsync(async db =>
        {
            var merchant = new Merchant("2088999900002222", "OTHERMERCHANT002", "Other Shop", gateway.Clock.GetUtcNow());
            db.Merchants.Add(merchant);
            await db.SaveChangesAsync();
            var user = new PortalUser(merchant.Id, "owner@other.test", gateway.Clock.GetUtcNow());
            user.SetPasswordHash(PortalPasswords.Hash(user, "other-password-2"));
            db.PortalUsers.Add(user);
            await db.SaveChangesAsync();
            return (user.UserName, "other-password-2");
        });
        return await SignInAsync(gateway, login);
    }

    /// <summary>Posts a form of <paramref name="page"/> as the browser would: with the antiforgery token the page rendered.</summary>
    public async Task<HttpResponseMessage> PostFormAsync(string page, Dictionary<string, string> fields, string? handler = null)
    {
        var html = await Client.GetStringAsync(page);
        fields["__RequestVerificationToken"] = TokenPattern().Match(html).Groups[1].Value;
        var target = handler is null ? page : $"{page}?handler={handler}";
        return await Client.PostAsync(target, new FormUrlEncodedContent(fields));
    }

    /// <summary>The HTML of the element marked <c>data-testid="<paramref name="testId"/>"</c> up to the end of its table or list.</summary>
    public static string Section(string html, string testId)
    {
        var start = html.IndexOf($"data-testid=\"{testId}\"", StringComparison.Ordinal);
        Assert.True(start >= 0, $"no {testId} on the page");
        var end = html.IndexOf("</table>", start, StringComparison.Ordinal);
        return end < 0 ? html[start..] : html[start..end];
    }

    public void Dispose() => Client.Dispose();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
