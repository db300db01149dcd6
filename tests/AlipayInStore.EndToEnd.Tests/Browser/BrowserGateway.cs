using System.Net;
using System.Net.Sockets;
using AlipayInStore.Gateway.Accounts;
using AlipayInStore.Gateway.Data;
using AlipayInStore.Gateway.Hosting;
using AlipayInStore.Gateway.Merchants;
using AlipayInStore.Gateway.Sandbox;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace AlipayInStore.EndToEnd.Tests.Browser;

/// <summary>
/// A sandbox gateway on real Kestrel plus Debian's Chromium driven by Playwright, shared by the browser tests.
/// Chromium missing is a failure that says what to install, never a skip.
/// </summary>
public sealed class BrowserGateway : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private WebApplication _app = null!;
    private IPlaywright _playwright = null!;

    internal string DataDirectory { get; } = Path.Combine(Path.GetTempPath(), "aig-browser", Guid.NewGuid().ToString("N"));
    internal SandboxSeed Seed { get; private set; } = null!;
    internal Uri BaseAddress { get; private set; } = null!;
    internal IServiceProvider Services => _app.Services;
    internal string GatewayPublicKeyFile => _app.Services.GetRequiredService<GatewayKeys>().PublicKeyPath;
    internal IBrowser Browser { get; private set; } = null!;

    /// <summary>Where the tests save screenshots of the pages (under the test output).</summary>
    internal static string ScreenshotDirectory { get; } = Path.Combine(AppContext.BaseDirectory, "screenshots");

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException(
                $"The browser tests need Debian's Chromium at {ChromiumPath}: install it with 'sudo apt-get install -y chromium' (./build.sh test installs it when run as root).");
        }
        var port = FreePort();
        var baseUrl = $"http://127.0.0.1:{port}";
        _app = GatewayHost.Build(new GatewayHostSettings
        {
            DataDirectory = DataDirectory,
            Urls = baseUrl,
            Overrides = new Dictionary<string, string?> { ["Gateway:PublicBaseUrl"] = baseUrl },
        });
        Seed = await GatewayHost.StartAsync(_app, DataDirectory);
        BaseAddress = new Uri(baseUrl);
        Directory.CreateDirectory(ScreenshotDirectory);

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    /// <summary>A fresh browser context (its own cookies) with a page at the gateway's address.</summary>
    internal async Task<IPage> NewPageAsync(bool phone = false)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseAddress.ToString(),
            ViewportSize = phone ? new ViewportSize { Width = 390, Height = 844 } : new ViewportSize { Width = 1280, Height = 900 },
            IsMobile = phone,
        });
        return await context.NewPageAsync();
    }

    /// <summary>Adds a merchant with a portal user (no keys yet), as an operator would.</summary>
    internal async Task<(Merchant Merchant, string UserName, string Password)> AddMerchantAsync(string name)
    {
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GatewayDbContext>();
        var suffix = Guid.NewGuid().ToString("N")[..12];
        var merchant = new Merchant("2088" + string.Concat(suffix.Select(c => (char)('0' + (c % 10)))), "CL" + suffix.ToUpperInvariant(), name, DateTimeOffset.UtcNow);
        db.Merchants.Add(merchant);
        await db.SaveChangesAsync();
        var user = new PortalUser(merchant.Id, $"{suffix}@merchant.test", DateTimeOffset.UtcNow);
        var password = "Pw-" + Guid.NewGuid().ToString("N")[..10];
        user.SetPasswordHash(PortalPasswords.Hash(user, password));
        db.PortalUsers.Add(user);
        await db.SaveChangesAsync();
        return (merchant, user.UserName, password);
    }

    public async Task DisposeAsync()
    {
        await Browser.DisposeAsync();
        _playwright.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(DataDirectory, recursive: true);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
