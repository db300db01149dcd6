using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using AlipayInStore.Cli.Tests.Support;

namespace AlipayInStore.Cli.Tests.Packaging;

/// <summary>samples/Till, built from the packed packages (PackageReference, not project references), against a started sandbox.</summary>
[Collection(PackagesCollection.Name)]
public sealed class SampleTillTests(PackedPackages packages)
{
    [Fact]
    public async Task SampleTill_BuiltFromPackages_PaysRefundsAndReceivesNotification()
    {
        var till = CopySample();
        var build = await ProcessRun.RunAsync(till, "dotnet", ["build", "-c", "Release", "-nologo", "-v", "quiet", "--configfile", packages.ConfigFile], packages.Environment);
        Assert.True(build.ExitCode == 0, build.Output);
        var assets = await File.ReadAllTextAsync(Path.Combine(till, "obj", "project.assets.json"));
        Assert.Contains($"\"AlipayInStore.Client/{packages.Version}\"", assets, StringComparison.Ordinal);
        Assert.Contains("\"type\": \"package\"", assets, StringComparison.Ordinal);
        Assert.DoesNotContain("\"type\": \"project\"", assets, StringComparison.Ordinal);

        var data = Directory.CreateTempSubdirectory("aig-till").FullName;
        await using var sandbox = SandboxProcess.Start("Press Ctrl+C to stop.", "sandbox", "--data", data, "--port", "0");
        await sandbox.WaitUntilReadyAsync();
        var profilePath = Path.Combine(data, "cli-profile.json");
        using var profile = JsonDocument.Parse(await File.ReadAllTextAsync(profilePath));

        await using var process = SandboxProcess.StartIn(till, new Dictionary<string, string>(), "QR order:", "dotnet",
            Path.Combine(till, "bin", "Release", "net10.0", "Till.dll"), "--profile", profilePath);
        await process.WaitUntilReadyAsync();
        var acquirementId = process.Output.Split("acquirementId ").Last().Split(' ')[0];
        await ConfirmAsync(profile.RootElement, acquirementId);
        var exit = await process.WaitForExitAsync();

        var text = process.Output;
        Assert.True(exit == 0, text);
        Assert.Contains("Pay: Paid TILL-", text, StringComparison.Ordinal);
        Assert.Contains("Refund: S/SUCCESS SUCCESS 250 USD", text, StringComparison.Ordinal);
        Assert.Contains($"(acquirementId {acquirementId})", text, StringComparison.Ordinal);
        Assert.Contains("Done: paid, refunded and notified (alipay.intl.acquiring.offline.notify.pay).", text, StringComparison.Ordinal);
    }

    private string CopySample()
    {
        var samples = Path.Combine(packages.Root, "samples");
        var target = Path.Combine(packages.Workspace, "samples");
        foreach (var file in new[] { "Directory.Build.props", "Directory.Build.targets", "Directory.Packages.props" })
        {
            Directory.CreateDirectory(target);
            File.Copy(Path.Combine(samples, file), Path.Combine(target, file), overwrite: true);
        }
        var till = Path.Combine(target, "Till");
        Directory.CreateDirectory(till);
        foreach (var file in Directory.EnumerateFiles(Path.Combine(samples, "Till")))
        {
            File.Copy(file, Path.Combine(till, Path.GetFileName(file)), overwrite: true);
        }
        return till;
    }

    private static async Task ConfirmAsync(JsonElement profile, string acquirementId)
    {
        using var http = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, $"{profile.GetProperty("gatewayUrl").GetString()}/sandbox/transactions/{acquirementId}/confirm")
        {
            Content = new StringContent("{\"buyerId\":\"alice\"}", Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", profile.GetProperty("sandboxToken").GetString());
        using var response = await http.SendAsync(request);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
    }
}
