using System.Text.Json;
using AlipayInStore.Client;
using AlipayInStore.Tests.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace AlipayInStore.Cli.Tests.Support;

/// <summary>A merchant's web app built on the SDK's receiver (MapAlipayNotifications), configured from a CLI profile.</summary>
internal sealed class SdkMerchantApp : IAsyncDisposable
{
    private readonly TaskCompletionSource<AlipayNotification> _first = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private LoopbackApp? _app;

    public string Url => _app!.Url + "/alipay/notify";

    public Task<AlipayNotification> FirstNotification => _first.Task;

    public static async Task<SdkMerchantApp> StartAsync(JsonElement profile)
    {
        var options = new AlipayInStoreOptions
        {
            GatewayUrl = profile.GetProperty("gatewayUrl").GetString(),
            ClientId = profile.GetProperty("clientId").GetString(),
            PartnerId = profile.GetProperty("partnerId").GetString(),
            MerchantPrivateKeyFile = profile.GetProperty("merchantPrivateKeyFile").GetString(),
            GatewayPublicKeyFile = profile.GetProperty("gatewayPublicKeyFile").GetString(),
        };
        var merchant = new SdkMerchantApp();
        merchant._app = await LoopbackApp.StartAsync(
            services => services.AddAlipayInStore(Options.DefaultName, options),
            app => app.MapAlipayNotifications("/alipay/notify", (notification, _) =>
            {
                merchant._first.TrySetResult(notification);
                return Task.CompletedTask;
            }));
        return merchant;
    }

    public ValueTask DisposeAsync() => _app?.DisposeAsync() ?? ValueTask.CompletedTask;
}
