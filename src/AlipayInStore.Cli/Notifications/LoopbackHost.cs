using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AlipayInStore.Cli.Notifications;

/// <summary>The quiet web host on loopback that the CLI's local notification endpoints (<c>notifications listen</c>, the self-test's receiver) run on.</summary>
internal static class LoopbackHost
{
    /// <summary>A slim builder bound to 127.0.0.1 (<paramref name="port"/> 0 picks a free one) with no log providers: the command's own output stays readable.</summary>
    public static WebApplicationBuilder CreateBuilder(int port = 0)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        builder.Logging.ClearProviders();
        return builder;
    }

    /// <summary>The started host's address (the port actually bound) followed by <paramref name="path"/>.</summary>
    public static string Url(WebApplication app, string path) =>
        app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First() + path;
}
