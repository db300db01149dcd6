using System.CommandLine;
using AlipayInStore.Cli.Merchant;
using AlipayInStore.Cli.Sandbox;
using AlipayInStore.Gateway.Data;
using AlipayInStore.Gateway.Hosting;
using AlipayInStore.Gateway.Reconciliation;
using AlipayInStore.Gateway.Sandbox;
using AlipayInStore.Gateway.Telemetry;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace AlipayInStore.Cli.Commands;

/// <summary><c>alipay-instore sandbox</c>: the main job — gateway, control API and seeded data, one command.</summary>
internal static class SandboxCommand
{
    public static Command Create()
    {
        var port = new Option<int>("--port") { Description = "Port to listen on (127.0.0.1)", DefaultValueFactory = _ => 8080 };
        var host = new Option<string>("--host") { Description = "Address to listen on", DefaultValueFactory = _ => "127.0.0.1" };
        var data = new Option<string>("--data") { Description = "Data folder (SQLite file, keys, exports)", DefaultValueFactory = _ => ".sandbox" };
        var profile = new Option<string>("--profile") { Description = "sandbox (USD only, synchronous refunds) or production (FX table, asynchronous refunds)", DefaultValueFactory = _ => "sandbox" };
        profile.AcceptOnlyFromAmong("sandbox", "production");
        var db = new Option<string?>("--db")
        {
            Description = "Database connection string: SQLite in the data folder by default; \"Host=…;Database=…;Username=…\" for PostgreSQL (several instances may share it)",
            DefaultValueFactory = _ => Environment.GetEnvironmentVariable("ALIPAY_INSTORE_DB") is { Length: > 0 } env ? env : null,
        };
        var sftp = new Option<bool>("--sftp") { Description = "Also serve reconciliation files over SFTP (OpenSSH sshd; needs root)" };
        var sftpPort = new Option<int>("--sftp-port") { Description = "Loopback port of the SFTP server", DefaultValueFactory = _ => 2222 };
        var (otlp, otlpProtocol) = (TelemetryOptions.Endpoint(), TelemetryOptions.Protocol());
        var command = new Command("sandbox", "Start the sandbox gateway with seeded merchant and buyers") { port, host, data, profile, db, sftp, sftpPort, otlp, otlpProtocol };
        command.SetAction((result, ct) => RunAsync(
            new Endpoint(result.GetValue(host)!, result.GetValue(port)), Path.GetFullPath(result.GetValue(data)!), result.GetValue(profile)!, result.GetValue(db),
            result.GetValue(sftp) ? result.GetValue(sftpPort) : null, TelemetryOptions.Export(result, otlp, otlpProtocol), ct));
        return command;
    }

    private sealed record Endpoint(string Host, int Port);

    private static async Task<int> RunAsync(Endpoint endpoint, string dataDirectory, string profileName, string? connectionString, int? sftpPort, OtlpExport? otlp, CancellationToken ct)
    {
        var baseUrl = $"http://{endpoint.Host}:{endpoint.Port}";
        var app = GatewayHost.Build(new GatewayHostSettings
        {
            DataDirectory = dataDirectory,
            ConnectionString = connectionString,
            Urls = baseUrl,
            Otlp = otlp,
            Configure = o => { o.Profile = profileName; o.PublicBaseUrl = baseUrl; o.SftpPort = sftpPort; },
        });
        SandboxSeed seed;
        try
        {
            seed = await GatewayHost.StartAsync(app, dataDirectory, ct);
        }
        catch (IOException ex)
        {
            await Console.Error.WriteLineAsync($"Cannot listen on {baseUrl}: {ex.Message}. Is another sandbox running? Try --port.");
            return 3;
        }
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
        Console.WriteLine(QuickStart.Render(seed, profile, profileName, dataDirectory, profilePath, await BalancesAsync(app.Services, ct)));
        Console.WriteLine(TelemetryOptions.Where(baseUrl, otlp));
        using var stopSftp = new CancellationTokenSource();
        var sftpServer = sftpPort is { } p
            ? SftpCommand.ServeAsync(new ReconciliationExportLayout(Path.Combine(dataDirectory, "reconciliation")),
                new SshdServerOptions { Port = p, StateDirectory = Path.Combine(SshdServerOptions.StateRoot, "sandbox-" + p) }, 5,
                app.Services.GetRequiredService<TimeProvider>(), stopSftp.Token)
            : Task.FromResult(0);

        // Ends on Ctrl+C (the command's token) or SIGTERM (the host's lifetime), whichever comes first.
        await app.WaitForShutdownAsync(ct);
        await stopSftp.CancelAsync();
        await sftpServer;
        await app.DisposeAsync();
        return 0;
    }

    private static async Task<IReadOnlyDictionary<string, long>> BalancesAsync(IServiceProvider services, CancellationToken ct)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GatewayDbContext>();
        var rows = await db.LedgerBalances.AsNoTracking().Where(b => b.Account.StartsWith("buyer:")).ToListAsync(ct);
        return rows.ToDictionary(b => b.Account["buyer:".Length..], b => b.Balance);
    }
}
