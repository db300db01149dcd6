using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AlipayInStore.Client.Tests.Support;

/// <summary>A merchant's site on Kestrel (127.0.0.1, port 0) with the notification receiver mapped at <c>/alipay/notify</c>.</summary>
internal sealed class ReceiverHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private ReceiverHost(WebApplication app, string url)
    {
        _app = app;
        Url = url;
    }

    public string Url { get; }

    public string NotifyUrl => Url + "/alipay/notify";

    public IServiceProvider Services => _app.Services;

    public static async Task<ReceiverHost> StartAsync(Func<AlipayNotification, CancellationToken, Task> handler, Action<AlipayInStoreOptions>? tweak = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        builder.Services.AddAlipayInStore(o =>
        {
            var defaults = TestKeys.Options("http://127.0.0.1:1");
            o.GatewayUrl = defaults.GatewayUrl;
            o.ClientId = defaults.ClientId;
            o.PartnerId = defaults.PartnerId;
            o.MerchantPrivateKey = defaults.MerchantPrivateKey;
            o.GatewayPublicKey = defaults.GatewayPublicKey;
            tweak?.Invoke(o);
        });
        var app = builder.Build();
        app.MapAlipayNotifications("/alipay/notify", handler);
        await app.StartAsync();
        var url = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new ReceiverHost(app, url);
    }

    public async ValueTask DisposeAsync()
    {
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(2));
        await _app.StopAsync(stop.Token);
        await _app.DisposeAsync();
    }
}
