using System.Net;
using AlipayInStore.Gateway.Tests.Portal;
using AlipayInStore.Gateway.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace AlipayInStore.Gateway.Tests.Merchants;

/// <summary>
/// The notify URL has one rule for every front-end: the portal's Notifications page and the control API refuse the same
/// URL with the same message, and a URL at the cap fits the column (on SQLite and PostgreSQL alike).
/// </summary>
public sealed class NotifyUrlSettingTests : IAsyncLifetime
{
    private const string Refusal = "notifyUrl must be an absolute http or https URL of at most 1024 characters";
    private const string Saved = "http://127.0.0.1:5000/alipay/notify";

    private GatewayFixture _gateway = null!;

    public async Task InitializeAsync() => _gateway = await GatewayFixture.StartAsync();

    public async Task DisposeAsync() => await _gateway.DisposeAsync();

    [Fact]
    public async Task SetNotifyUrl_1100Characters_RefusedAlikeByPortalAndControlApiAndNothingSaved()
    {
        await NotifyUrlAsync(Saved);
        var tooLong = Url(1100);
        using var owner = await PortalSession.SignInSeededAsync(_gateway);

        var (status, json) = await _gateway.Control.SendAsync(HttpMethod.Put, "/sandbox/merchant/notify-url", new { url = tooLong });
        using var page = await owner.PostFormAsync("/portal/notifications", new() { ["NotifyUrl"] = tooLong });
        var html = await page.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(Refusal, json.GetProperty("error").GetString());
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains(Refusal, html, StringComparison.Ordinal);
        Assert.Equal(Saved, await StoredAsync());
    }

    [Fact]
    public async Task SetNotifyUrl_1024Characters_SavedByPortalAndControlApi()
    {
        var atCap = Url(1024);
        using var owner = await PortalSession.SignInSeededAsync(_gateway);

        using var page = await owner.PostFormAsync("/portal/notifications", new() { ["NotifyUrl"] = atCap });
        var fromPortal = await StoredAsync();
        await NotifyUrlAsync(Saved);
        var (status, json) = await _gateway.Control.SendAsync(HttpMethod.Put, "/sandbox/merchant/notify-url", new { url = atCap });

        Assert.Contains("Notify URL saved.", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(atCap, fromPortal);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(Saved, json.GetProperty("previousNotifyUrl").GetString());
        Assert.Equal(atCap, await StoredAsync());
    }

    private static string Url(int length)
    {
        const string start = "https://merchant.example/notify?pad=";
        return start + new string('a', length - start.Length);
    }

    private async Task NotifyUrlAsync(string url)
    {
        var (status, _) = await _gateway.Control.SendAsync(HttpMethod.Put, "/sandbox/merchant/notify-url", new { url });
        Assert.Equal(HttpStatusCode.OK, status);
    }

    private Task<string?> StoredAsync() =>
        _gateway.WithDbAsync(db => db.Merchants.AsNoTracking().OrderBy(m => m.Id).Select(m => m.NotifyUrl).FirstAsync());
}
