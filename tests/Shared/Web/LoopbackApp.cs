using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AlipayInStore.Tests.Web;

/// <summary>
/// A slim ASP.NET Core app on real Kestrel at 127.0.0.1, a free port, without logging: the one way the test projects
/// and the benchmarks stand up a receiver, a merchant's site or a stand-in gateway. Stopping waits at most
/// <c>stopTimeout</c> for requests still in flight.
/// </summary>
internal sealed class LoopbackApp : IAsyncDisposable
{
    private readonly TimeSpan _stopTimeout;

    private LoopbackApp(WebApplication app, TimeSpan stopTimeout)
    {
        App = app;
        _stopTimeout = stopTimeout;
        Url = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/');
        Uri = new Uri(Url + "/");
    }

    public WebApplication App { get; }

    /// <summary>The bound address with a trailing slash, e.g. <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri Uri { get; }

    /// <summary>The bound address without a trailing slash, e.g. <c>http://127.0.0.1:41234</c>.</summary>
    public string Url { get; }

    public IServiceProvider Services => App.Services;

    /// <param name="services">Registrations before the app is built (e.g. the SDK's <c>AddAlipayInStore</c>); null for none.</param>
    /// <param name="map">Endpoints and middleware on the built app, before it starts.</param>
    /// <param name="stopTimeout">How long <see cref="DisposeAsync"/> waits for requests in flight; 5 s when null.</param>
    public static async Task<LoopbackApp> StartAsync(Action<IServiceCollection>? services, Action<WebApplication> map, TimeSpan? stopTimeout = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        services?.Invoke(builder.Services);
        var app = builder.Build();
        try
        {
            map(app);
            await app.StartAsync();
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }
        return new LoopbackApp(app, stopTimeout ?? TimeSpan.FromSeconds(5));
    }

    public async ValueTask DisposeAsync()
    {
        using var stop = new CancellationTokenSource(_stopTimeout);
        await App.StopAsync(stop.Token);
        await App.DisposeAsync();
    }
}
