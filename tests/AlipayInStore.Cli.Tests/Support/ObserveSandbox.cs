using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json;

namespace AlipayInStore.Cli.Tests.Support;

/// <summary>One sandbox process shared by the observe tests (logs tail, trigger), with a short slow-pay delay.</summary>
public sealed class ObserveSandbox : IAsyncLifetime
{
    /// <summary>Longer than the trigger's 3 s SDK timeout, short enough for a test.</summary>
    public const string SlowPayDelay = "00:00:05";

    private SandboxProcess _sandbox = null!;

    public string Data { get; } = Directory.CreateTempSubdirectory("aig-cli-observe").FullName;
    public string Profile => Path.Combine(Data, "cli-profile.json");
    public string GatewayUrl { get; private set; } = "";
    public string Token { get; private set; } = "";
    public string ClientId { get; private set; } = "";

    /// <summary>The collector the sandbox exports its traces and metrics to (started with <c>--otlp</c>).</summary>
    public OtlpReceiver Collector { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Collector = await OtlpReceiver.StartAsync();
        var environment = new Dictionary<string, string>
        {
            ["Gateway__SlowPayDelay"] = SlowPayDelay,
            ["OTEL_BSP_SCHEDULE_DELAY"] = "200",
            ["OTEL_METRIC_EXPORT_INTERVAL"] = "500",
        };
        _sandbox = SandboxProcess.StartIn(AppContext.BaseDirectory, environment, "Press Ctrl+C to stop.", null,
            "sandbox", "--data", Data, "--port", SandboxProcess.FreePort().ToString(CultureInfo.InvariantCulture),
            "--otlp", Collector.Url, "--otlp-protocol", "http/protobuf");
        await _sandbox.WaitUntilReadyAsync();
        using var doc = JsonDocument.Parse(await File.ReadAllTextAsync(Profile));
        GatewayUrl = doc.RootElement.GetProperty("gatewayUrl").GetString()!;
        Token = doc.RootElement.GetProperty("sandboxToken").GetString()!;
        ClientId = doc.RootElement.GetProperty("clientId").GetString()!;
    }

    /// <summary>GET on the control API, as JSON.</summary>
    public async Task<JsonElement> GetAsync(string path)
    {
        using var http = new HttpClient { BaseAddress = new Uri(GatewayUrl.TrimEnd('/') + "/") };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Token);
        using var doc = JsonDocument.Parse(await http.GetStringAsync(path));
        return doc.RootElement.Clone();
    }

    public async Task DisposeAsync()
    {
        await _sandbox.DisposeAsync();
        await Collector.DisposeAsync();
        try
        {
            Directory.Delete(Data, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
