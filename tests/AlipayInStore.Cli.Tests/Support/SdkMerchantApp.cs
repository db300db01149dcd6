using System.Text.Json;
using AlipayInStore.Client;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AlipayInStore.Cli.Tests.Support;

/// <summary>A merchant's web app built on the SDK's receiver (MapAlipayNotifications), configured from a CLI profile.</summary>
internal sealed class SdkMerchantApp : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly TaskCompletionSource<AlipayNotification> _first = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private SdkMerchantApp(WebApplication app) => _app = app;

    public string Url => _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First() + "/alipay/notify";

    public Task<AlipayNotification> FirstNotification => _first.Task;

    public static async Task<SdkMerchantApp> StartAsync(JsonElement profile)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Services.AddAlipayInStore(o =>
        {
            o.GatewayUrl = profile.GetProperty("gatewayUrl").GetString();
            o.ClientId = profile.GetProperty("clientId").GetString();
            o.PartnerId = profile.GetProperty("partnerId").GetString();
            o.MerchantPrivateKeyFile = profile.GetProperty("merchantPrivateKeyFile").GetString();
            o.GatewayPublicKeyFile = profile.GetProperty("gatewayPublicKeyFile").GetString();
        });
        var app = builder.Build();
        var merchant = new SdkMerchantApp(app);
        app.MapAlipayNotifications("/alipay/notify", (notification, _) =>
        {
            merchant._first.TrySetResult(notification);
            return Task.CompletedTask;
        });
        await app.StartAsync();
        return merchant;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
