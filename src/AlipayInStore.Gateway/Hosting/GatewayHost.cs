using AlipayInStore.Gateway.Acceptance;
using AlipayInStore.Gateway.ApiReference;
using AlipayInStore.Gateway.Data;
using AlipayInStore.Gateway.Notifications;
using AlipayInStore.Gateway.OpenApi;
using AlipayInStore.Gateway.Portal;
using AlipayInStore.Gateway.Reconciliation;
using AlipayInStore.Gateway.Sandbox;
using AlipayInStore.Gateway.Telemetry;
using AlipayInStore.Gateway.Wallet;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace AlipayInStore.Gateway.Hosting;

/// <summary>Builds and starts the gateway: the table of contents of the host.</summary>
internal static class GatewayHost
{
    public static WebApplication Build(GatewayHostSettings settings, string[]? args = null)
    {
        Directory.CreateDirectory(settings.DataDirectory);
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = args ?? [], ContentRootPath = AppContext.BaseDirectory });
        GatewayConfiguration.Layer(builder.Configuration, settings);
        builder.WebHost.UseUrls(settings.Urls);
        builder.Services.AddGateway(builder.Configuration, settings);
        builder.Services.AddPortal(settings.DataDirectory);
        builder.Services.AddGatewayHealth();
        builder.AddGatewayTelemetry(settings);

        var app = builder.Build();
        app.MapGatewayHealth();
        app.MapOpenApi();
        app.MapControlApi()
            .MapSandboxControl()
            .MapMerchantControl()
            .MapNotificationControl()
            .MapReconciliationControl()
            .MapAcceptanceControl()
            .MapTelemetryControl();
        app.MapApiReference();
        app.MapTelemetry();
        app.UsePortal();
        return app;
    }

    /// <summary>Migrates, loads the sandbox clock and token, seeds on first start, then starts listening.</summary>
    public static async Task<SandboxSeed> StartAsync(WebApplication app, string dataDirectory, CancellationToken ct = default)
    {
        SandboxSeed seed;
        var seedFile = app.Services.GetRequiredService<SeedSource>().Load(); // a seed with a mistake stops here: nothing made
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<GatewayDbContext>();
            await StorageSetup.MigrateAsync(db, ct);
            await app.Services.GetRequiredService<SandboxClockStore>().LoadAsync(ct);
            await app.Services.GetRequiredService<SandboxToken>().LoadOrCreateAsync(db, ct);
            seed = await SandboxSeeder.SeedAsync(db, dataDirectory, app.Services.GetRequiredService<TimeProvider>().GetUtcNow(), ct, seedFile);
        }
        await app.StartAsync(ct);
        return seed;
    }

    /// <summary>Each buyer's wallet balance in minor units, by buyer id (what the quick start prints).</summary>
    public static async Task<IReadOnlyDictionary<string, long>> BuyerBalancesAsync(WebApplication app, CancellationToken ct = default)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var buyers = await scope.ServiceProvider.GetRequiredService<WalletQueries>().BuyersAsync(ct);
        return buyers.ToDictionary(b => b.Buyer.Id, b => b.Balance, StringComparer.Ordinal);
    }

    /// <summary>The address Kestrel actually listens on (useful with port 0).</summary>
    public static Uri Address(WebApplication app) =>
        new(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());

    /// <summary>The URL clients use: <c>Gateway:PublicBaseUrl</c>, else the bound address (see <see cref="PublicAddress"/>).</summary>
    public static string PublicUrl(WebApplication app) => app.Services.GetRequiredService<PublicAddress>().BaseUrl;
}
