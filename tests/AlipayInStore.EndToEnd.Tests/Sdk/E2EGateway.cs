using AlipayInStore.Gateway.Hosting;
using AlipayInStore.Gateway.Sandbox;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace AlipayInStore.EndToEnd.Tests.Sdk;

/// <summary>A real sandbox gateway on Kestrel (127.0.0.1, free port, real clock) with its own data folder.</summary>
public sealed class E2EGateway : IAsyncLifetime
{
    /// <summary>Scenario 9902 answers after this long: longer than the 10 s client timeout of its test.</summary>
    public static readonly TimeSpan SlowPayDelay = TimeSpan.FromSeconds(12);

    private WebApplication _app = null!;

    internal string DataDirectory { get; } = Path.Combine(Path.GetTempPath(), "aig-e2e", Guid.NewGuid().ToString("N"));
    internal SandboxSeed Seed { get; private set; } = null!;
    internal Uri BaseAddress { get; private set; } = null!;
    internal string Token => _app.Services.GetRequiredService<SandboxToken>().Value;
    internal string GatewayPublicKeyFile => _app.Services.GetRequiredService<GatewayKeys>().PublicKeyPath;

    public async Task InitializeAsync()
    {
        _app = GatewayHost.Build(new GatewayHostSettings
        {
            DataDirectory = DataDirectory,
            Urls = "http://127.0.0.1:0",
            Overrides = new Dictionary<string, string?> { ["Gateway:SlowPayDelay"] = SlowPayDelay.ToString("c") },
        });
        Seed = await GatewayHost.StartAsync(_app, DataDirectory);
        BaseAddress = GatewayHost.Address(_app);
    }

    public async Task DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(DataDirectory, recursive: true);
    }
}
