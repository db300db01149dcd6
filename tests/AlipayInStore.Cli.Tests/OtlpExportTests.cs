using AlipayInStore.Cli.Tests.Support;

namespace AlipayInStore.Cli.Tests;

/// <summary><c>sandbox --otlp</c>: the sandbox process exports its spans and metrics to an OpenTelemetry collector.</summary>
[Collection(ObserveCollection.Name)]
public sealed class OtlpExportTests(ObserveSandbox sandbox)
{
    [Fact]
    public async Task SandboxWithOtlp_Pay_ExportsPipelineSpansAndRequestMetric()
    {
        var id = "OTLP-" + Guid.NewGuid().ToString("N")[..10];

        var (exit, stdout, stderr) = await CliProcess.RunAsync(sandbox.Data, "pay", "--amount", "1.00", "--buyer", "alice", "--merchant-trans-id", id, "--profile", sandbox.Profile);

        Assert.True(exit == 0, stdout + stderr);
        for (var i = 0; i < 100 && !(sandbox.Collector.Holds("/v1/traces", id) && sandbox.Collector.Holds("/v1/metrics", "alipay.gateway.requests")); i++)
        {
            await Task.Delay(200);
        }
        Assert.True(sandbox.Collector.Holds("/v1/traces", id), $"no exported span names the transaction {id}; exports: " + string.Join(", ", sandbox.Collector.Exports.Select(e => $"{e.Path} {e.Body.Length} B")));
        Assert.True(sandbox.Collector.Holds("/v1/traces", "pipeline pay"));
        Assert.True(sandbox.Collector.Holds("/v1/traces", "commit"));
        Assert.True(sandbox.Collector.Holds("/v1/metrics", "alipay.gateway.requests"));
        Assert.False(sandbox.Collector.Holds("/v1/traces", "BEGIN PRIVATE KEY"));
    }
}
