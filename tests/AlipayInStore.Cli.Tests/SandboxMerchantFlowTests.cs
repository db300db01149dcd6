using System.Globalization;
using System.Text.Json;
using AlipayInStore.Cli.Tests.Support;

namespace AlipayInStore.Cli.Tests;

/// <summary>The merchant commands as processes against a started sandbox process: nothing stands in for the gateway.</summary>
public sealed class SandboxMerchantFlowTests
{
    [Fact]
    public async Task MerchantCommands_AgainstStartedSandbox_PayQueryRefundCancelPrecreate()
    {
        var data = Directory.CreateTempSubdirectory("aig-cli-flow").FullName;
        await using var sandbox = SandboxProcess.Start("Press Ctrl+C to stop.", "sandbox", "--data", data, "--port", SandboxProcess.FreePort().ToString(CultureInfo.InvariantCulture));
        await sandbox.WaitUntilReadyAsync();
        var profile = Path.Combine(data, "cli-profile.json");

        var code = await RunJsonAsync(data, "wallet", "code", "--buyer", "alice", "--profile", profile);
        var minted = code.GetProperty("code").GetString()!;
        Assert.Matches("^28[0-9]{16}$", minted);

        var pay = await RunJsonAsync(data, "pay", "--amount", "12.50", "--code", minted, "--merchant-trans-id", "CLI-1", "--profile", profile);
        var acquirementId = Find(pay, "acquirementId");

        var query = await RunJsonAsync(data, "query", "--merchant-trans-id", "CLI-1", "--profile", profile);
        Assert.Equal("SUCCESS", Find(query, "acquirementStatus"));

        var refund = await RunJsonAsync(data, "refund", "--acquirement-id", acquirementId, "--amount", "2.50", "--profile", profile);
        Assert.Equal("SUCCESS", Find(refund, "refundStatus"));

        await RunJsonAsync(data, "pay", "--amount", "1.00", "--buyer", "alice", "--merchant-trans-id", "CLI-2", "--profile", profile);
        await RunJsonAsync(data, "cancel", "--merchant-trans-id", "CLI-2", "--profile", profile);
        Assert.Equal("CANCELLED", Find(await RunJsonAsync(data, "query", "--merchant-trans-id", "CLI-2", "--profile", profile), "acquirementStatus"));

        var qr = await RunJsonAsync(data, "precreate", "--amount", "4.50", "--merchant-trans-id", "CLI-3", "--profile", profile);
        Assert.Contains("/qr/", Find(qr, "orderQrCode"), StringComparison.Ordinal);

        var (exit, stdout, stderr) = await CliProcess.RunAsync(data, "refund", "--acquirement-id", acquirementId, "--amount", "20.00", "--profile", profile);
        Assert.True(exit == 1, stdout + stderr);
        Assert.Contains("REFUND_AMOUNT_EXCEED", stdout + stderr, StringComparison.Ordinal);

        // Yesterday's file (header only: the sandbox was born today, so empty-day files are turned on first), produced on
        // demand and fetched over HTTP(S).
        var yesterday = DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(8)).AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        using var doc = JsonDocument.Parse(await File.ReadAllTextAsync(profile));
        var (partner, token, url) = (doc.RootElement.GetProperty("partnerId").GetString(), doc.RootElement.GetProperty("sandboxToken").GetString(), doc.RootElement.GetProperty("gatewayUrl").GetString());
        using (var http = new HttpClient())
        {
            using var emptyDays = new HttpRequestMessage(HttpMethod.Patch, $"{url}/sandbox/merchants/{partner}") { Content = new StringContent("{\"emptyDayFiles\":true}") };
            emptyDays.Headers.Authorization = new("Bearer", token);
            Assert.Equal(System.Net.HttpStatusCode.OK, (await http.SendAsync(emptyDays)).StatusCode);
            using var generate = new HttpRequestMessage(HttpMethod.Post, $"{url}/sandbox/reconciliation/{partner}/{yesterday}");
            generate.Headers.Authorization = new("Bearer", token);
            Assert.Equal(System.Net.HttpStatusCode.Created, (await http.SendAsync(generate)).StatusCode);
        }
        var fetched = await CliProcess.RunAsync(data, "recon", "fetch", "--date", yesterday, "--https", "--profile", profile, "--out", "files");
        Assert.True(fetched.ExitCode == 0, fetched.Stdout + fetched.Stderr);
        var file = Path.Combine(data, "files", $"{partner}_transaction_{yesterday.Replace("-", "", StringComparison.Ordinal)}.txt");
        Assert.StartsWith("Partner_transaction_id|", await File.ReadAllTextAsync(file), StringComparison.Ordinal);
    }

    private static async Task<JsonElement> RunJsonAsync(string folder, params string[] args)
    {
        var (exit, stdout, stderr) = await CliProcess.RunAsync(folder, [.. args, "--json"]);
        Assert.True(exit == 0, $"alipay-instore {string.Join(' ', args)} exited {exit}:\n{stdout}\n{stderr}");
        return JsonDocument.Parse(stdout).RootElement.Clone();
    }

    // The JSON output nests the wire body; find a field wherever it sits.
    private static string Find(JsonElement element, string name)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in element.EnumerateObject())
            {
                if (property.Name == name && property.Value.ValueKind == JsonValueKind.String)
                {
                    return property.Value.GetString()!;
                }
                if (TryFind(property.Value, name) is { } nested)
                {
                    return nested;
                }
            }
        }
        throw new Xunit.Sdk.XunitException($"no '{name}' in {element}");
    }

    private static string? TryFind(JsonElement element, string name)
    {
        try
        {
            return element.ValueKind == JsonValueKind.Object ? Find(element, name) : null;
        }
        catch (Xunit.Sdk.XunitException)
        {
            return null;
        }
    }
}

public sealed class AcceptanceSelfTestTests
{
    [Fact]
    public async Task AcceptanceSelfTest_AgainstStartedSandbox_PassesEveryCaseAndWritesReports()
    {
        var data = Directory.CreateTempSubdirectory("aig-cli-acceptance").FullName;
        await using var sandbox = SandboxProcess.Start("Press Ctrl+C to stop.", "sandbox", "--data", data, "--port", SandboxProcess.FreePort().ToString(CultureInfo.InvariantCulture));
        await sandbox.WaitUntilReadyAsync();

        var (exit, stdout, stderr) = await CliProcess.RunAsync(data, "acceptance", "run", "--self-test", "--profile", Path.Combine(data, "cli-profile.json"),
            "--html", "report.html", "--junit", "junit.xml");

        Assert.True(exit == 0, stdout + stderr);
        Assert.Contains("15 passed, 0 failed, 0 pending", stdout, StringComparison.Ordinal);
        Assert.Contains("15 passed, 0 failed, 0 pending", await File.ReadAllTextAsync(Path.Combine(data, "report.html")), StringComparison.Ordinal);
        var junit = System.Xml.Linq.XDocument.Load(Path.Combine(data, "junit.xml")).Root!.Element("testsuite")!;
        Assert.Equal(("15", "0", "0"), (junit.Attribute("tests")!.Value, junit.Attribute("failures")!.Value, junit.Attribute("skipped")!.Value));
    }
}
