using System.Globalization;
using AlipayInStore.Client;
using AlipayInStore.Client.Sandbox;
using AlipayInStore.Gateway.Hosting;
using AlipayInStore.Gateway.Sandbox;
using Microsoft.AspNetCore.Builder;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace AlipayInStore.Testing;

/// <summary>
/// The real sandbox gateway hosted in this process on a free loopback port over a temporary SQLite database, for
/// integration tests: <c>await using var sandbox = await AlipaySandbox.StartAsync();</c>. It is the same engine as
/// <c>alipay-instore sandbox</c>: seeded merchant and buyers, scenarios, ledger, notifications, control API.
/// </summary>
public sealed class AlipaySandbox : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly bool _ownsData;

    private AlipaySandbox(WebApplication app, SandboxSeed seed, string dataDirectory, bool ownsData)
    {
        _app = app;
        _ownsData = ownsData;
        DataDirectory = dataDirectory;
        GatewayUrl = GatewayHost.PublicUrl(app);
        ClientId = seed.Merchant.ClientId;
        PartnerId = seed.Merchant.PartnerId;
        Sha256Key = seed.Merchant.Sha256Key ?? "";
        MerchantPrivateKeyPem = File.ReadAllText(seed.MerchantPrivateKeyPath);
        GatewayPublicKeyPem = File.ReadAllText(app.Services.GetRequiredService<GatewayKeys>().PublicKeyPath);
        Token = app.Services.GetRequiredService<SandboxToken>().Value;
        TestCodes = seed.Buyers.ToDictionary(b => b.Id, b => b.TestCode, StringComparer.Ordinal);
        Control = new SandboxControlClient(GatewayUrl, Token);
    }

    /// <summary>Starts a sandbox; dispose it to stop it and delete its temporary data.</summary>
    public static async Task<AlipaySandbox> StartAsync(AlipaySandboxOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new AlipaySandboxOptions();
        var ownsData = options.DataDirectory is null;
        var data = options.DataDirectory ?? Directory.CreateTempSubdirectory("alipay-instore-sandbox-").FullName;
        var overrides = new Dictionary<string, string?> { ["Gateway:Profile"] = options.Profile, ["Logging:LogLevel:Default"] = options.LogLevel };
        if (options.SlowPayDelay is { } slowPay)
        {
            overrides["Gateway:SlowPayDelay"] = slowPay.ToString("c", CultureInfo.InvariantCulture);
        }
        var app = GatewayHost.Build(new GatewayHostSettings
        {
            DataDirectory = data,
            ConnectionString = options.ConnectionString,
            Urls = "http://127.0.0.1:0",
            Overrides = overrides,
        });
        try
        {
            var seed = await GatewayHost.StartAsync(app, data, cancellationToken).ConfigureAwait(false);
            return new AlipaySandbox(app, seed, data, ownsData);
        }
        catch
        {
            await app.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>The gateway's base URL, e.g. <c>http://127.0.0.1:41234</c>.</summary>
    public string GatewayUrl { get; }

    /// <summary>The seeded merchant's Client ID.</summary>
    public string ClientId { get; }

    /// <summary>The seeded merchant's Partner ID.</summary>
    public string PartnerId { get; }

    /// <summary>The merchant's shared SHA256 key.</summary>
    public string Sha256Key { get; }

    /// <summary>The merchant's private key (PEM); its public key is registered with the sandbox.</summary>
    public string MerchantPrivateKeyPem { get; }

    /// <summary>The gateway's public key (PEM).</summary>
    public string GatewayPublicKeyPem { get; }

    /// <summary>The control API's bearer token.</summary>
    public string Token { get; }

    /// <summary>The data folder (SQLite file, keys, exports).</summary>
    public string DataDirectory { get; }

    /// <summary>Each buyer's reusable test code: <c>alice</c> (USD 10,000.00) and <c>bob</c> (USD 20.00).</summary>
    public IReadOnlyDictionary<string, string> TestCodes { get; }

    /// <summary>The control API.</summary>
    public SandboxControlClient Control { get; }

    /// <summary>Fills in the options a client needs to talk to this sandbox as its seeded merchant.</summary>
    public void Configure(AlipayInStoreOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        MerchantConnection.Fill(options, GatewayUrl, ClientId, PartnerId, MerchantPrivateKeyPem, GatewayPublicKeyPem);
        options.Sha256Key = Sha256Key;
    }

    /// <summary>A client for the seeded merchant (dispose the sandbox after the client's last call).</summary>
    public AlipayInStoreClient CreateClient()
    {
        var options = new AlipayInStoreOptions();
        Configure(options);
        return new AlipayInStoreClient(new HttpClient(), options);
    }

    /// <summary>Stops the gateway and deletes the temporary data folder.</summary>
    public async ValueTask DisposeAsync()
    {
        Control.Dispose();
        using (var stop = new CancellationTokenSource(TimeSpan.FromSeconds(10)))
        {
            await _app.StopAsync(stop.Token).ConfigureAwait(false);
        }
        await _app.DisposeAsync().ConfigureAwait(false);
        if (_ownsData)
        {
            SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(DataDirectory, recursive: true);
            }
            catch (IOException)
            {
                // A file still open elsewhere: the temporary folder is left for the system to clean.
            }
        }
    }
}
