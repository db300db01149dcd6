using AlipayInStore.Tests.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace AlipayInStore.Client.Tests.Support;

/// <summary>A merchant's site on Kestrel (127.0.0.1, port 0) with the notification receiver mapped at <c>/alipay/notify</c>.</summary>
internal sealed class ReceiverHost : IAsyncDisposable
{
    private readonly LoopbackApp _app;

    private ReceiverHost(LoopbackApp app) => _app = app;

    public string Url => _app.Url;

    public string NotifyUrl => Url + "/alipay/notify";

    public IServiceProvider Services => _app.Services;

    public static async Task<ReceiverHost> StartAsync(Func<AlipayNotification, CancellationToken, Task> handler, Action<AlipayInStoreOptions>? tweak = null)
    {
        var options = TestKeys.Options("http://127.0.0.1:1");
        tweak?.Invoke(options);
        var app = await LoopbackApp.StartAsync(
            services => services.AddAlipayInStore(Options.DefaultName, options),
            app => app.MapAlipayNotifications("/alipay/notify", handler),
            stopTimeout: TimeSpan.FromSeconds(2));
        return new ReceiverHost(app);
    }

    public ValueTask DisposeAsync() => _app.DisposeAsync();
}
