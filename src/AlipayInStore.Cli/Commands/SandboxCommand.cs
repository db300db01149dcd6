using System.Globalization;
using System.CommandLine;
using AlipayInStore.Cli.Merchant;
using AlipayInStore.Cli.Sandbox;
using AlipayInStore.Gateway.Hosting;
using AlipayInStore.Gateway.Reconciliation;
using AlipayInStore.Gateway.Sandbox;
using AlipayInStore.Gateway.Telemetry;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace AlipayInStore.Cli.Commands;

/// <summary><c>alipay-instore sandbox</c>: the main job — gateway, control API and seeded data, one command.</summary>
internal static class SandboxCommand
{
    public static Command Create()
    {
        var port = new Option<int?>("--port") { Description = "Port to listen on; 0 picks a free one [$ALIPAY_INSTORE_PORT, default 8080]" };
        var host = new Option<string?>("--host") { Description = "Address to listen on, e.g. 0.0.0.0 in a container [$ALIPAY_INSTORE_HOST, default 127.0.0.1]" };
        var data = new Option<string?>("--data") { Description = "Data folder (SQLite file, keys, exports, appsettings.json) [$ALIPAY_INSTORE_DATA, default ./.sandbox]" };
        var publicUrl = new Option<string?>("--public-url") { Description = "URL others reach the sandbox at, put in QR codes and the CLI profile [$ALIPAY_INSTORE_PUBLIC_URL, Gateway__PublicBaseUrl; default where it listens]" };
        var profile = new Option<string?>("--profile") { Description = "sandbox (USD only, synchronous refunds) or production (FX table, asynchronous refunds) [Gateway__Profile, default sandbox]" };
        profile.AcceptOnlyFromAmong("sandbox", "production");
        var logLevel = new Option<string?>("--log-level") { Description = "Trace, Debug, Information, Warning, Error or Critical [$ALIPAY_INSTORE_LOG_LEVEL, Logging__LogLevel__Default; default Warning]" };
        logLevel.AcceptOnlyFromAmong("Trace", "Debug", "Information", "Warning", "Error", "Critical", "None");
        var db = new Option<string?>("--db")
        {
            Description = "Database connection string: SQLite in the data folder by default; \"Host=…;Database=…;Username=…\" for PostgreSQL (several instances may share it) [$ALIPAY_INSTORE_DB]",
        };
        var sftp = new Option<bool>("--sftp") { Description = "Also serve reconciliation files over SFTP (OpenSSH sshd; needs root)" };
        var sftpPort = new Option<int>("--sftp-port") { Description = "Loopback port of the SFTP server", DefaultValueFactory = _ => 2222 };
        var (otlp, otlpProtocol) = (TelemetryOptions.Endpoint(), TelemetryOptions.Protocol());
        var command = new Command("sandbox", "Start the sandbox gateway with seeded merchant and buyers") { port, host, data, publicUrl, profile, logLevel, db, sftp, sftpPort, otlp, otlpProtocol };
        var seeding = SandboxSeedOptions.AddTo(command);
        command.SetAction(async (result, ct) =>
        {
            SandboxSettings settings;
            try
            {
                settings = SandboxSettings.Resolve(result.GetValue(host), result.GetValue(port), result.GetValue(data), result.GetValue(publicUrl),
                    result.GetValue(profile), result.GetValue(logLevel), result.GetValue(db), Environment.GetEnvironmentVariable);
            }
            catch (FormatException ex)
            {
                await Console.Error.WriteLineAsync(ex.Message);
                return 2;
            }
            return await RunAsync(settings, result.GetValue(sftp) ? result.GetValue(sftpPort) : null, (result, seeding), TelemetryOptions.Export(result, otlp, otlpProtocol), ct);
        });
        return command;
    }

    private static async Task<int> RunAsync(SandboxSettings settings, int? sftpPort, (ParseResult Parse, SandboxSeedOptions Options) seeding, OtlpExport? otlp, CancellationToken ct)
    {
        var dataDirectory = settings.DataDirectory;
        var app = GatewayHost.Build(new GatewayHostSettings
        {
            DataDirectory = dataDirectory,
            ConnectionString = settings.ConnectionString,
            Urls = settings.ListenUrl,
            // Without --sftp no SFTP server runs, whatever the configuration says: the key is unset here.
            Overrides = new Dictionary<string, string?>(settings.Overrides()) { ["Gateway:SftpPort"] = sftpPort?.ToString(CultureInfo.InvariantCulture) },
            SeedFile = seeding.Options.SeedPath(seeding.Parse),
            Otlp = otlp,
        });
        SandboxSeed seed;
        try
        {
            seed = await seeding.Options.ApplyResetAsync(seeding.Parse, app, await GatewayHost.StartAsync(app, dataDirectory, ct), ct);
        }
        catch (SeedFileException ex)
        {
            await Console.Error.WriteLineAsync("The seed file was refused, nothing was created: " + ex.Message);
            return 2;
        }
        catch (IOException ex)
        {
            await Console.Error.WriteLineAsync($"Cannot listen on {settings.ListenUrl}: {ex.Message}. Is another sandbox running? Try --port.");
            return 3;
        }
        // The URL clients use: --public-url or Gateway:PublicBaseUrl, else the address Kestrel bound (the real port with --port 0).
        var baseUrl = GatewayHost.PublicUrl(app);
        var profile = new CliProfile
        {
            SignType = "RSA2",
            GatewayUrl = baseUrl,
            ClientId = seed.Merchant.ClientId,
            PartnerId = seed.Merchant.PartnerId,
            MerchantPrivateKeyFile = seed.MerchantPrivateKeyPath,
            GatewayPublicKeyFile = app.Services.GetRequiredService<GatewayKeys>().PublicKeyPath,
            Sha256Key = seed.Merchant.Sha256Key,
            SandboxToken = app.Services.GetRequiredService<SandboxToken>().Value,
            Buyers = seed.Buyers.Select(b => new BuyerProfile { BuyerId = b.Id, TestCode = b.TestCode }).ToList(),
        };
        var profilePath = Path.Combine(dataDirectory, "cli-profile.json");
        profile.Save(profilePath);
        var profileName = app.Services.GetRequiredService<IOptions<GatewayOptions>>().Value.Profile;
        if (PublicAddress.IsWildcard(settings.Host) && app.Services.GetRequiredService<PublicAddress>().IsDerived)
        {
            await Console.Error.WriteLineAsync($"Listening on all interfaces; links say {baseUrl}. Give --public-url (or Gateway__PublicBaseUrl) with the address others reach.");
        }
        Console.WriteLine(QuickStart.Render(seed, profile, profileName, dataDirectory, profilePath, await GatewayHost.BuyerBalancesAsync(app, ct)));
        Console.WriteLine(TelemetryOptions.Where(baseUrl, otlp));

        // Ends on Ctrl+C (the command's token) or SIGTERM (the host's lifetime), whichever comes first; the SFTP
        // delivery (--sftp) is a hosted service of the gateway and stops with it.
        await app.WaitForShutdownAsync(ct);
        await app.DisposeAsync();
        return 0;
    }
}
