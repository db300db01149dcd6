using System.Globalization;
using System.Text.Json;
using AlipayInStore.Cli.Tests.Support;

namespace AlipayInStore.Cli.Tests;

/// <summary>Onboarding a second merchant with the CLI against a started sandbox process, then paying with its profile.</summary>
public sealed class MerchantsCommandTests
{
    [Fact]
    public async Task CreateMerchantWithProfile_PaysWithItsOwnIdsAndShowsInList()
    {
        var data = Directory.CreateTempSubdirectory("aig-cli-merchants").FullName;
        await using var sandbox = SandboxProcess.Start("Press Ctrl+C to stop.", "sandbox", "--data", data, "--port", SandboxProcess.FreePort().ToString(CultureInfo.InvariantCulture));
        await sandbox.WaitUntilReadyAsync();
        var operatorProfile = Path.Combine(data, "cli-profile.json");
        var secondProfile = Path.Combine(data, "second", "profile.json");

        var created = await CliProcess.RunAsync(data, "merchants", "create", "--name", "Second Shop", "--sha256-key-issue", "--write-profile", secondProfile, "--profile", operatorProfile);
        Assert.True(created.ExitCode == 0, created.Stdout + created.Stderr);
        using var profile = JsonDocument.Parse(await File.ReadAllTextAsync(secondProfile));
        var partner = profile.RootElement.GetProperty("partnerId").GetString()!;
        Assert.Contains($"Partner ID     {partner}", created.Stdout, StringComparison.Ordinal);
        Assert.Contains("password", created.Stdout, StringComparison.Ordinal);
        Assert.True(File.Exists(profile.RootElement.GetProperty("merchantPrivateKeyFile").GetString()));

        var buyer = await CliProcess.RunAsync(data, "buyers", "create", "--id", "carol", "--balance", "50.00", "--profile", operatorProfile, "--json");
        Assert.True(buyer.ExitCode == 0, buyer.Stdout + buyer.Stderr);
        var carolCode = JsonDocument.Parse(buyer.Stdout).RootElement.GetProperty("testCode").GetString()!;

        var pay = await CliProcess.RunAsync(data, "pay", "--amount", "12.50", "--code", carolCode, "--merchant-trans-id", "SECOND-1", "--profile", secondProfile, "--json");
        Assert.True(pay.ExitCode == 0, pay.Stdout + pay.Stderr);
        Assert.Contains(partner, (await CliProcess.RunAsync(data, "merchants", "list", "--profile", operatorProfile)).Stdout, StringComparison.Ordinal);
        var seeded = JsonDocument.Parse(await File.ReadAllTextAsync(operatorProfile)).RootElement.GetProperty("partnerId").GetString()!;
        var other = await CliProcess.RunAsync(data, "query", "--merchant-trans-id", "SECOND-1", "--profile", operatorProfile);
        Assert.Contains("ORDER_NOT_EXIST", other.Stdout + other.Stderr, StringComparison.Ordinal);
        Assert.NotEqual(seeded, partner);
        var buyers = await CliProcess.RunAsync(data, "buyers", "list", "--profile", operatorProfile);
        Assert.Contains("carol", buyers.Stdout, StringComparison.Ordinal);
        Assert.Contains("3750", buyers.Stdout, StringComparison.Ordinal); // 50.00 - 12.50, in cents

        var disabled = await CliProcess.RunAsync(data, "merchants", "disable", partner, "--profile", operatorProfile);
        Assert.Contains("DISABLED", disabled.Stdout, StringComparison.Ordinal);
        var refused = await CliProcess.RunAsync(data, "pay", "--amount", "1.00", "--code", carolCode, "--merchant-trans-id", "SECOND-2", "--profile", secondProfile);
        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("MERCHANT_DISABLED", refused.Stdout + refused.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreateMerchant_BadFeeRate_RefusedNamingTheFieldNothingCreated()
    {
        var data = Directory.CreateTempSubdirectory("aig-cli-merchants-bad").FullName;
        await using var sandbox = SandboxProcess.Start("Press Ctrl+C to stop.", "sandbox", "--data", data, "--port", SandboxProcess.FreePort().ToString(CultureInfo.InvariantCulture));
        await sandbox.WaitUntilReadyAsync();
        var operatorProfile = Path.Combine(data, "cli-profile.json");

        var refused = await CliProcess.RunAsync(data, "merchants", "create", "--fee-rate", "5000", "--profile", operatorProfile);
        var list = await CliProcess.RunAsync(data, "merchants", "list", "--profile", operatorProfile, "--json");

        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("feeRateBasisPoints must be 0 to 1000 basis points", refused.Stderr, StringComparison.Ordinal);
        Assert.Equal(1, JsonDocument.Parse(list.Stdout).RootElement.GetArrayLength());
    }
}
