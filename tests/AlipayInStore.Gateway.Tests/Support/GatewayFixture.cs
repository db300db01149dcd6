using AlipayInStore.Gateway.Data;
using AlipayInStore.Gateway.Hosting;
using AlipayInStore.Gateway.Ledger;
using AlipayInStore.Gateway.Sandbox;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace AlipayInStore.Gateway.Tests.Support;

/// <summary>A real gateway on Kestrel (127.0.0.1, free port) over its own SQLite file or PostgreSQL database
/// (<see cref="TestDatabase"/>), with a fake base clock.</summary>
internal sealed class GatewayFixture : IAsyncDisposable
{
    /// <summary>10:00 in GMT+8 on 2026-11-27.</summary>
    public static readonly DateTimeOffset Start = new(2026, 11, 27, 2, 0, 0, TimeSpan.Zero);

    private GatewayFixture(WebApplication app, string dataDirectory, string? connectionString, FakeTimeProvider time, SandboxSeed seed)
    {
        ConnectionString = connectionString;
        App = app;
        DataDirectory = dataDirectory;
        Time = time;
        Seed = seed;
        BaseAddress = GatewayHost.Address(app);
        Http = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(100) };
        Merchant = new MerchantClient(this);
        Control = new ControlClient(this);
    }

    public WebApplication App { get; }
    public string DataDirectory { get; }

    /// <summary>Null on SQLite; the gateway's own database on PostgreSQL.</summary>
    public string? ConnectionString { get; }
    public FakeTimeProvider Time { get; }
    public SandboxSeed Seed { get; }
    public Uri BaseAddress { get; }
    public HttpClient Http { get; }
    public MerchantClient Merchant { get; }
    public ControlClient Control { get; }
    public string Token => App.Services.GetRequiredService<SandboxToken>().Value;
    public TimeProvider Clock => App.Services.GetRequiredService<TimeProvider>();

    /// <summary>
    /// Starts a gateway. <paramref name="settings"/> are configuration keys under <c>Gateway:</c>, as a user writes them
    /// (<c>["Profile"] = "production"</c>, <c>["Notifications:Timeout"] = "00:00:01"</c>): each feature binds its own options from them.
    /// </summary>
    public static async Task<GatewayFixture> StartAsync(Dictionary<string, string?>? settings = null, string? dataDirectory = null, FakeTimeProvider? time = null, bool background = true,
        string? seedFile = null, string? connectionString = null)
    {
        dataDirectory ??= Path.Combine(Path.GetTempPath(), "aig-tests", Guid.NewGuid().ToString("N"));
        time ??= new FakeTimeProvider(Start);
        connectionString ??= await TestDatabase.ConnectionStringForAsync(dataDirectory);
        var app = GatewayHost.Build(new GatewayHostSettings
        {
            DataDirectory = dataDirectory,
            ConnectionString = connectionString,
            Urls = "http://127.0.0.1:0",
            Time = time,
            Overrides = (settings ?? []).ToDictionary(s => "Gateway:" + s.Key, s => s.Value),
            BackgroundWork = background,
            SeedFile = seedFile,
        });
        SandboxSeed seed;
        try
        {
            seed = await GatewayHost.StartAsync(app, dataDirectory);
        }
        catch
        {
            // A start refused (e.g. invalid settings) leaves nothing behind: the app, its database and its folder.
            await app.DisposeAsync();
            Release(connectionString, dataDirectory);
            throw;
        }
        return new GatewayFixture(app, dataDirectory, connectionString, time, seed);
    }

    /// <summary>Runs <paramref name="action"/> with a fresh database context of this gateway.</summary>
    public async Task<T> WithDbAsync<T>(Func<GatewayDbContext, Task<T>> action)
    {
        await using var scope = App.Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<GatewayDbContext>());
    }

    /// <summary>
    /// Moves the fake clock by <paramref name="step"/> until <paramref name="task"/> completes: a timer the gateway
    /// creates just after one advance still fires on the next.
    /// </summary>
    public async Task<T> AdvanceUntilAsync<T>(Task<T> task, TimeSpan step)
    {
        for (var i = 0; i < 100 && !task.IsCompleted; i++)
        {
            Time.Advance(step);
            await Task.WhenAny(task, Task.Delay(100));
        }
        return await task;
    }

    /// <summary>The double-entry invariant; tests call it after every scenario.</summary>
    public async Task AssertLedgerBalancedAsync()
    {
        await using var scope = App.Services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<LedgerCheck>().RunAsync(CancellationToken.None);
        Assert.True(result.Balanced, string.Join("; ", result.Problems));
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await App.StopAsync();
        await App.DisposeAsync();
        Release(ConnectionString, DataDirectory);
    }

    private static void Release(string? connectionString, string dataDirectory)
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        TestDatabase.Release(connectionString);
        try
        {
            Directory.Delete(dataDirectory, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
