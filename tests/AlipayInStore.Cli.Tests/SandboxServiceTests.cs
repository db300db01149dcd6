using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using AlipayInStore.Cli.Tests.Support;

namespace AlipayInStore.Cli.Tests;

/// <summary>The sandbox as a service: health, the bound port, the public URL, configuration, and one-document JSON output.</summary>
public sealed class SandboxServiceTests
{
    private const string Ready = "Press Ctrl+C to stop.";
    private static readonly Dictionary<string, string> NoVariables = [];

    [Fact]
    public async Task Sandbox_PortZero_WritesBoundPortAndAnswersHealthWithoutToken()
    {
        var data = Directory.CreateTempSubdirectory("aig-svc").FullName;
        await using var sandbox = SandboxProcess.Start(Ready, "sandbox", "--data", data, "--port", "0");
        await sandbox.WaitUntilReadyAsync();

        var profile = Profile(data);
        var url = new Uri(profile.GetProperty("gatewayUrl").GetString()!);
        Assert.NotEqual(0, url.Port);
        Assert.Equal("127.0.0.1", url.Host);
        Assert.Contains($"Gateway        {url.ToString().TrimEnd('/')}  ", sandbox.Output, StringComparison.Ordinal);
        Assert.DoesNotContain(":0/", sandbox.Output, StringComparison.Ordinal);
        using var http = new HttpClient { BaseAddress = url };
        using var alive = await http.GetAsync("/healthz");
        Assert.Equal(HttpStatusCode.OK, alive.StatusCode);
        using var ready = await http.GetAsync("/readyz");
        var readyBody = await ready.Content.ReadAsStringAsync();
        Assert.True(ready.StatusCode == HttpStatusCode.OK, readyBody);
        Assert.Contains("database reachable, migrations applied, workers running", readyBody, StringComparison.Ordinal);
        using var control = await http.GetAsync("/sandbox/clock");
        Assert.Equal(HttpStatusCode.Unauthorized, control.StatusCode);
    }

    [Fact]
    public async Task Sandbox_AllInterfacesWithoutPublicUrl_QrLinksSayLoopbackNotWildcard()
    {
        var data = Directory.CreateTempSubdirectory("aig-svc").FullName;
        await using var sandbox = SandboxProcess.Start(Ready, "sandbox", "--data", data, "--port", "0", "--host", "0.0.0.0");
        await sandbox.WaitUntilReadyAsync();

        var gatewayUrl = Profile(data).GetProperty("gatewayUrl").GetString()!;
        Assert.StartsWith("http://127.0.0.1:", gatewayUrl, StringComparison.Ordinal);
        Assert.Contains("--public-url", sandbox.Output, StringComparison.Ordinal);
        var qr = await QrCodeUrlAsync(data);
        Assert.StartsWith(gatewayUrl + "/qr/", qr, StringComparison.Ordinal);
        Assert.DoesNotContain("0.0.0.0", sandbox.Output + qr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sandbox_GatewayPublicBaseUrlVariable_IsKeptInQrLinksAndProfile()
    {
        var data = Directory.CreateTempSubdirectory("aig-svc").FullName;
        var port = SandboxProcess.FreePort().ToString(CultureInfo.InvariantCulture);
        var publicUrl = $"http://localhost:{port}";
        await using var sandbox = SandboxProcess.StartIn(data, new Dictionary<string, string> { ["Gateway__PublicBaseUrl"] = publicUrl }, Ready, null,
            "sandbox", "--data", data, "--port", port);
        await sandbox.WaitUntilReadyAsync();

        Assert.Equal(publicUrl, Profile(data).GetProperty("gatewayUrl").GetString());
        Assert.StartsWith(publicUrl + "/qr/", await QrCodeUrlAsync(data), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sandbox_PublicUrlFlag_WinsOverTheVariable()
    {
        var data = Directory.CreateTempSubdirectory("aig-svc").FullName;
        var port = SandboxProcess.FreePort().ToString(CultureInfo.InvariantCulture);
        await using var sandbox = SandboxProcess.StartIn(data, new Dictionary<string, string> { ["Gateway__PublicBaseUrl"] = "http://ignored.invalid:1" }, Ready, null,
            "sandbox", "--data", data, "--port", port, "--host", "0.0.0.0", "--public-url", $"http://localhost:{port}/");
        await sandbox.WaitUntilReadyAsync();

        Assert.Equal($"http://localhost:{port}", Profile(data).GetProperty("gatewayUrl").GetString());
        Assert.DoesNotContain("Listening on all interfaces", sandbox.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sandbox_BadPortVariable_UsageErrorNamingTheVariable()
    {
        await using var sandbox = SandboxProcess.StartIn(AppContext.BaseDirectory, new Dictionary<string, string> { ["ALIPAY_INSTORE_PORT"] = "eighty" }, Ready, null, "sandbox");
        Assert.Equal(2, await sandbox.WaitForExitAsync());
        Assert.Contains("ALIPAY_INSTORE_PORT", sandbox.Output, StringComparison.Ordinal);
        Assert.Contains("'eighty'", sandbox.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sandbox_LogLevelFromConfiguration_ShowsInformationLogsOnlyWhenAsked()
    {
        var quiet = Directory.CreateTempSubdirectory("aig-svc").FullName;
        await using (var sandbox = SandboxProcess.Start(Ready, "sandbox", "--data", quiet, "--port", "0"))
        {
            await sandbox.WaitUntilReadyAsync();
            Assert.DoesNotContain("Application started", sandbox.Output, StringComparison.Ordinal);
        }
        var fromVariable = Directory.CreateTempSubdirectory("aig-svc").FullName;
        await using (var sandbox = SandboxProcess.StartIn(fromVariable, new Dictionary<string, string> { ["Logging__LogLevel__Default"] = "Information" }, "Application started", null,
            "sandbox", "--data", fromVariable, "--port", "0"))
        {
            await sandbox.WaitUntilReadyAsync();
        }
        var fromFlag = Directory.CreateTempSubdirectory("aig-svc").FullName;
        await using (var sandbox = SandboxProcess.StartIn(fromFlag, NoVariables, "Application started", null, "sandbox", "--data", fromFlag, "--port", "0", "--log-level", "Information"))
        {
            await sandbox.WaitUntilReadyAsync();
        }
    }

    [Fact]
    public async Task PreCreate_JsonWait_PrintsOneJsonDocumentPerLine()
    {
        var data = Directory.CreateTempSubdirectory("aig-svc").FullName;
        await using var sandbox = SandboxProcess.Start(Ready, "sandbox", "--data", data, "--port", "0");
        await sandbox.WaitUntilReadyAsync();
        var profile = Profile(data);

        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = data, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "alipay-instore.dll"), "precreate", "--amount", "4.50", "--json", "--wait", "--profile", Path.Combine(data, "cli-profile.json") })
        {
            start.ArgumentList.Add(arg);
        }
        using var process = Process.Start(start)!;
        var first = await process.StandardOutput.ReadLineAsync();
        using var order = JsonDocument.Parse(first!);
        var acquirementId = order.RootElement.GetProperty("body").GetProperty("acquirementId").GetString();
        await ControlAsync(profile, HttpMethod.Post, $"/sandbox/transactions/{acquirementId}/confirm", "{\"buyerId\":\"alice\"}");
        var rest = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();

        Assert.True(process.ExitCode == 0, first + rest + await process.StandardError.ReadToEndAsync());
        var lines = rest.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var waited = Assert.Single(lines);
        using var outcome = JsonDocument.Parse(waited);
        Assert.Equal("Paid", outcome.RootElement.GetProperty("waited").GetProperty("outcome").GetString());
    }

    [Fact]
    public async Task ReconFetch_Json_PrintsOneJsonDocumentNamingTheFile()
    {
        var data = Directory.CreateTempSubdirectory("aig-svc").FullName;
        await using var sandbox = SandboxProcess.Start(Ready, "sandbox", "--data", data, "--port", "0");
        await sandbox.WaitUntilReadyAsync();
        var profile = Profile(data);
        var yesterday = DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(8)).AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        // Yesterday had no transactions: a file for a quiet day exists only with empty-day files turned on.
        await ControlAsync(profile, HttpMethod.Patch, $"/sandbox/merchants/{profile.GetProperty("partnerId").GetString()}", "{\"emptyDayFiles\":true}");
        await ControlAsync(profile, HttpMethod.Post, $"/sandbox/reconciliation/{profile.GetProperty("partnerId").GetString()}/{yesterday}", null);

        var (exit, stdout, stderr) = await CliProcess.RunAsync(data, "recon", "fetch", "--date", yesterday, "--https", "--json", "--profile", Path.Combine(data, "cli-profile.json"), "--out", "files");

        Assert.True(exit == 0, stdout + stderr);
        using var saved = JsonDocument.Parse(stdout);
        var file = saved.RootElement.GetProperty("file").GetString()!;
        Assert.Equal(new FileInfo(file).Length, saved.RootElement.GetProperty("bytes").GetInt64());
        Assert.Equal(yesterday, saved.RootElement.GetProperty("businessDate").GetString());
    }

    private static JsonElement Profile(string data) => JsonDocument.Parse(File.ReadAllText(Path.Combine(data, "cli-profile.json"))).RootElement.Clone();

    private static async Task<string> QrCodeUrlAsync(string data)
    {
        var (exit, stdout, stderr) = await CliProcess.RunAsync(data, "precreate", "--amount", "4.50", "--json", "--profile", Path.Combine(data, "cli-profile.json"));
        Assert.True(exit == 0, stdout + stderr);
        using var doc = JsonDocument.Parse(stdout);
        return doc.RootElement.GetProperty("body").GetProperty("orderQrCode").GetString()!;
    }

    private static async Task ControlAsync(JsonElement profile, HttpMethod method, string path, string? json)
    {
        using var http = new HttpClient();
        using var request = new HttpRequestMessage(method, profile.GetProperty("gatewayUrl").GetString() + path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", profile.GetProperty("sandboxToken").GetString());
        if (json is not null)
        {
            request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        }
        using var response = await http.SendAsync(request);
        Assert.True(response.IsSuccessStatusCode, $"{method} {path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }
}
