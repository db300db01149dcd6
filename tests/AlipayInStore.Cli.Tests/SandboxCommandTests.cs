using System.Text.Json;
using AlipayInStore.Cli.Tests.Support;

namespace AlipayInStore.Cli.Tests;

public sealed class SandboxCommandTests
{
    [Fact]
    public async Task Sandbox_FirstStart_PrintsQuickStartWritesProfileAndServesPays()
    {
        var data = Directory.CreateTempSubdirectory("aig-cli").FullName;
        var port = SandboxProcess.FreePort();
        await using var sandbox = SandboxProcess.Start("Press Ctrl+C to stop.", "sandbox", "--data", data, "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await sandbox.WaitUntilReadyAsync();

        Assert.Contains("first start: seeded a merchant and two buyers", sandbox.Output, StringComparison.Ordinal);
        Assert.Contains($"http://127.0.0.1:{port}", sandbox.Output, StringComparison.Ordinal);
        var profilePath = Path.Combine(data, "cli-profile.json");
        using var profile = JsonDocument.Parse(await File.ReadAllTextAsync(profilePath));
        var clientId = profile.RootElement.GetProperty("clientId").GetString()!;
        Assert.Contains(clientId, sandbox.Output, StringComparison.Ordinal);
        Assert.True(File.Exists(profile.RootElement.GetProperty("merchantPrivateKeyFile").GetString()));
        Assert.True(!OperatingSystem.IsWindows(), "the sandbox tests run on Linux");
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(profile.RootElement.GetProperty("merchantPrivateKeyFile").GetString()!));
        }

        var (exit, output, errors) = await CliProcess.RunAsync(data, "load", "--profile", profilePath, "--requests", "20", "--concurrency", "4");

        Assert.True(exit == 0, output + errors);
        Assert.Contains("20 pays, 0 failed", output, StringComparison.Ordinal);
        Assert.Equal(0, await sandbox.TerminateAsync());
    }

    [Fact]
    public async Task Sandbox_SecondStart_ReusesMerchantAndKeys()
    {
        var data = Directory.CreateTempSubdirectory("aig-cli").FullName;
        var port = SandboxProcess.FreePort().ToString(System.Globalization.CultureInfo.InvariantCulture);
        string firstProfile;
        await using (var first = SandboxProcess.Start("Press Ctrl+C to stop.", "sandbox", "--data", data, "--port", port))
        {
            await first.WaitUntilReadyAsync();
            firstProfile = await File.ReadAllTextAsync(Path.Combine(data, "cli-profile.json"));
            await first.TerminateAsync();
        }

        await using var second = SandboxProcess.Start("Press Ctrl+C to stop.", "sandbox", "--data", data, "--port", port);
        await second.WaitUntilReadyAsync();

        Assert.DoesNotContain("first start", second.Output, StringComparison.Ordinal);
        Assert.Equal(firstProfile, await File.ReadAllTextAsync(Path.Combine(data, "cli-profile.json")));
    }

    [Fact]
    public async Task Sandbox_BadProfileOption_UsageErrorNamingTheValues()
    {
        var (exit, _, output) = await CliProcess.RunAsync(AppContext.BaseDirectory, "sandbox", "--profile", "staging");
        Assert.Equal(2, exit);
        Assert.Contains("staging", output, StringComparison.Ordinal);
        Assert.Contains("production", output, StringComparison.Ordinal);
    }
}
