using System.Text.Json;
using AlipayInStore.Cli.Tests.Support;

namespace AlipayInStore.Cli.Tests.Packaging;

/// <summary>The tool as a merchant installs it: from the packed package into a tool folder, then used from any folder.</summary>
[Collection(PackagesCollection.Name)]
public sealed class InstalledToolTests(PackedPackages packages)
{
    [Fact]
    public async Task InstalledTool_FromAnyFolder_PrintsVersionStartsSandboxOnPortZeroAndPays()
    {
        var tools = Path.Combine(packages.Workspace, "tools");
        var install = await ProcessRun.RunAsync(packages.Workspace, "dotnet",
            ["tool", "install", "AlipayInStore.Cli", "--tool-path", tools, "--version", packages.Version, "--configfile", packages.ConfigFile], packages.Environment);
        Assert.True(install.ExitCode == 0, install.Output);
        var command = Path.Combine(tools, "alipay-instore");
        var shop = Directory.CreateTempSubdirectory("aig-shop").FullName;

        var version = await ProcessRun.RunAsync(shop, command, ["--version"]);
        Assert.Equal(packages.Version, version.Output.Trim());

        await using var sandbox = SandboxProcess.StartIn(shop, new Dictionary<string, string>(), "Press Ctrl+C to stop.", command, "sandbox", "--port", "0");
        await sandbox.WaitUntilReadyAsync();
        var profilePath = Path.Combine(shop, ".sandbox", "cli-profile.json");
        using var profile = JsonDocument.Parse(await File.ReadAllTextAsync(profilePath));
        var gatewayUrl = new Uri(profile.RootElement.GetProperty("gatewayUrl").GetString()!);
        Assert.NotEqual(0, gatewayUrl.Port);
        Assert.Contains("Portal         " + gatewayUrl.ToString().TrimEnd('/') + "/portal", sandbox.Output, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(shop, ".sandbox", "gateway.db")));

        var pay = await ProcessRun.RunAsync(shop, command, ["pay", "--amount", "12.50", "--buyer", "alice", "--json"]);
        Assert.True(pay.ExitCode == 0, pay.Output);
        Assert.Contains("\"SUCCESS\"", pay.Output, StringComparison.Ordinal);
        using var http = new HttpClient { BaseAddress = gatewayUrl };
        using var ready = await http.GetAsync("/readyz");
        Assert.True(ready.IsSuccessStatusCode, await ready.Content.ReadAsStringAsync());
        Assert.Equal(0, await sandbox.TerminateAsync());
    }
}
