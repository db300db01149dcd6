using System.Globalization;
using System.Text.Json;
using AlipayInStore.Cli.Tests.Support;
using AlipayInStore.Protocol.Keys;

namespace AlipayInStore.Cli.Tests;

/// <summary><c>sandbox --seed</c> as a process: fixed ids in the profile it writes; a seed with a mistake is refused, exit 2.</summary>
public sealed class SandboxSeedCommandTests
{
    [Fact]
    public async Task Sandbox_WithSeed_ProfileHasTheSeededIdsAndPaysWithTheSeededCode()
    {
        var data = Directory.CreateTempSubdirectory("aig-cli-seed").FullName;
        var seed = WriteSeed(data, feeRate: 100);
        await using var sandbox = SandboxProcess.Start("Press Ctrl+C to stop.", "sandbox", "--data", Path.Combine(data, "sb"), "--seed", seed,
            "--port", SandboxProcess.FreePort().ToString(CultureInfo.InvariantCulture));
        await sandbox.WaitUntilReadyAsync();
        var profilePath = Path.Combine(data, "sb", "cli-profile.json");
        using var profile = JsonDocument.Parse(await File.ReadAllTextAsync(profilePath));

        Assert.Equal("2088000000000077", profile.RootElement.GetProperty("partnerId").GetString());
        Assert.Equal("CISEEDCLIENT0077", profile.RootElement.GetProperty("clientId").GetString());
        Assert.Contains("2088000000000077", sandbox.Output, StringComparison.Ordinal);
        var pay = await CliProcess.RunAsync(data, "pay", "--amount", "1.00", "--code", "280000000000000077", "--profile", profilePath, "--json");
        Assert.True(pay.ExitCode == 0, pay.Stdout + pay.Stderr);
    }

    [Fact]
    public async Task Sandbox_SeedWithMistake_RefusedWithLineExit2NothingCreated()
    {
        var data = Directory.CreateTempSubdirectory("aig-cli-seed-bad").FullName;
        var seed = WriteSeed(data, feeRate: 99999);

        var (exit, stdout, stderr) = await CliProcess.RunAsync(data, "sandbox", "--data", Path.Combine(data, "sb"), "--seed", seed,
            "--port", SandboxProcess.FreePort().ToString(CultureInfo.InvariantCulture));

        Assert.True(exit == 2, stdout + stderr);
        Assert.Contains("seed.json line 4: merchants[0].feeRateBasisPoints must be 0 to 1000 basis points", stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(data, "sb", "cli-profile.json")));
        Assert.False(File.Exists(Path.Combine(data, "sb", "keys", "merchant_private_key.pem")));
    }

    private static string WriteSeed(string folder, int feeRate)
    {
        File.WriteAllText(Path.Combine(folder, "ci.pem"), RsaPrivateKey.Generate().ExportPem());
        var path = Path.Combine(folder, "seed.json");
        File.WriteAllText(path, $$"""
            {
              "merchants": [
                { "partnerId": "2088000000000077", "clientId": "CISEEDCLIENT0077", "rsaPrivateKeyFile": "ci.pem",
                  "feeRateBasisPoints": {{feeRate}} }
              ],
              "buyers": [ { "buyerId": "ci-buyer", "balance": 10000, "testCode": "280000000000000077" } ]
            }
            """);
        return path;
    }
}
