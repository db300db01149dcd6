using System.Diagnostics;
using AlipayInStore.Client;
using AlipayInStore.Client.Sandbox;
using AlipayInStore.Protocol.Wire;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace AlipayInStore.EndToEnd.Tests.Sdk;

/// <summary>The SDK's and the gateway's spans and metrics, collected with OpenTelemetry's in-memory exporters.</summary>
[Collection(nameof(TelemetryCollection))]
public sealed class TelemetryTests(E2EGateway gateway) : IClassFixture<E2EGateway>
{
    private const string GatewaySource = "AlipayInStore.Gateway";

    [Fact]
    public async Task Pay_ThroughSdk_GatewaySpanIsChildOfAttemptAndDeliveryIsLinked()
    {
        var spans = new List<Activity>();
        using var tracing = OpenTelemetry.Sdk.CreateTracerProviderBuilder().AddSource(AlipayInStoreTelemetry.SourceName, GatewaySource).AddInMemoryExporter(spans).Build()!;
        var metrics = new List<Metric>();
        using var meters = OpenTelemetry.Sdk.CreateMeterProviderBuilder().AddMeter(GatewaySource).AddInMemoryExporter(metrics).Build()!;
        await SetNotifyUrlAsync(new Uri(gateway.BaseAddress, "no-receiver-here").ToString());
        using var sandbox = new SandboxConnection(gateway);

        var outcome = await sandbox.Client.PayAndConfirmAsync(Pay(sandbox, "1200"));

        Assert.True(outcome.IsPaid, outcome.ToString());
        var delivery = await EventuallyAsync(spans, s => s.Source.Name == GatewaySource && s.DisplayName == "notify pay"
            && Equals(s.GetTagItem("alipay.attempt"), 1) && s.Links.Any());
        var all = Snapshot(spans);
        var flow = Assert.Single(all, s => s.DisplayName == "alipay PayAndConfirm");
        var call = Assert.Single(all, s => s.DisplayName == "alipay pay" && s.TraceId == flow.TraceId);
        var attempt = Assert.Single(all, s => s.DisplayName == "alipay pay attempt" && s.TraceId == flow.TraceId);
        var pipeline = Assert.Single(all, s => s.Source.Name == GatewaySource && s.DisplayName == "pipeline pay" && s.TraceId == flow.TraceId);
        Assert.Equal(flow.SpanId, call.ParentSpanId);
        Assert.Equal(call.SpanId, attempt.ParentSpanId);
        Assert.Equal(ActivityKind.Client, attempt.Kind);
        Assert.Equal(attempt.SpanId, pipeline.ParentSpanId);
        Assert.Equal("valid", pipeline.GetTagItem("alipay.verification"));
        Assert.Equal("SUCCESS", pipeline.GetTagItem("alipay.result_code"));
        Assert.Equal("S", call.GetTagItem(AlipayInStoreTelemetry.ResultStatusTag));
        Assert.Equal(sandbox.Client.ClientId, call.GetTagItem(AlipayInStoreTelemetry.ClientIdTag));
        Assert.Equal("Paid", flow.GetTagItem(AlipayInStoreTelemetry.OutcomeTag));
        foreach (var step in new[] { "verify", "engine", "commit" })
        {
            Assert.Contains(all, s => s.DisplayName == step && s.TraceId == flow.TraceId && s.Source.Name == GatewaySource);
        }
        // The delivery is its own trace, linked to the request whose commit wrote the outbox row.
        Assert.NotEqual(flow.TraceId, delivery.TraceId);
        Assert.Equal(flow.TraceId, Assert.Single(delivery.Links).Context.TraceId);
        Assert.Equal(outcome.AcquirementId, all.Single(s => s == pipeline).GetTagItem("alipay.acquirement_id"));
        meters.ForceFlush();
        Assert.True(Sum(metrics, "alipay.gateway.notification.attempts", ("alipay.function", ApiFunctions.NotifyPay), ("alipay.outcome", "failed")) >= 1);
        Assert.DoesNotContain(all.SelectMany(s => s.TagObjects), t => t.Value is string v && v.Contains(sandbox.BuyerCode, StringComparison.Ordinal));
    }

    [Fact]
    public async Task PayAndUnknownPay_ThroughSdk_CountersMove()
    {
        var metrics = new List<Metric>();
        using var meters = OpenTelemetry.Sdk.CreateMeterProviderBuilder().AddMeter(AlipayInStoreTelemetry.MeterName, GatewaySource).AddInMemoryExporter(metrics).Build()!;
        using var sandbox = new SandboxConnection(gateway);

        await sandbox.Client.PayAsync(Pay(sandbox, "300"));
        var unknown = await sandbox.Client.PayAsync(Pay(sandbox, "9901"));
        meters.ForceFlush();

        Assert.True(unknown.IsUnknown);
        Assert.Equal(2, Sum(metrics, AlipayInStoreTelemetry.CallDuration, ("alipay.function", ApiFunctions.Pay)));
        Assert.Equal(1, Sum(metrics, AlipayInStoreTelemetry.UnknownResults, ("alipay.function", ApiFunctions.Pay)));
        Assert.Equal(0, Sum(metrics, AlipayInStoreTelemetry.Retries, ("alipay.function", ApiFunctions.Pay)));
        Assert.Equal(1, Sum(metrics, "alipay.gateway.requests", ("alipay.function", ApiFunctions.Pay), ("alipay.result_code", "SUCCESS")));
        Assert.Equal(1, Sum(metrics, "alipay.gateway.requests", ("alipay.function", ApiFunctions.Pay), ("alipay.result_code", "UNKNOWN_EXCEPTION")));
        Assert.True(Sum(metrics, "alipay.gateway.commit.duration") >= 2, "each pay commits at least once");
    }

    private static PayRequest Pay(SandboxConnection sandbox, string value) => new()
    {
        MerchantTransId = "OTEL" + Guid.NewGuid().ToString("N")[..20],
        IdentityCode = sandbox.BuyerCode,
        Order = new Order { OrderTitle = "Telemetry " + value, OrderAmount = new Amount { Currency = "USD", Value = value } },
    };

    private async Task SetNotifyUrlAsync(string url)
    {
        using var control = new SandboxControlClient(gateway.BaseAddress.ToString(), gateway.Token);
        await control.SetNotifyUrlAsync(url);
    }

    private static Activity[] Snapshot(List<Activity> spans)
    {
        lock (spans)
        {
            return [.. spans];
        }
    }

    private static async Task<Activity> EventuallyAsync(List<Activity> spans, Func<Activity, bool> match)
    {
        for (var i = 0; i < 200; i++)
        {
            if (Snapshot(spans).FirstOrDefault(match) is { } found)
            {
                return found;
            }
            await Task.Delay(100);
        }
        throw new Xunit.Sdk.XunitException("no such span within 20 s; spans: " + string.Join(", ", Snapshot(spans).Select(s => s.DisplayName)));
    }

    /// <summary>The sum of a counter's points (or a histogram's counts) whose tags include all of <paramref name="tags"/>.</summary>
    private static long Sum(List<Metric> metrics, string name, params (string Key, string Value)[] tags)
    {
        long total = 0;
        foreach (var metric in metrics.Where(m => m.Name == name))
        {
            foreach (ref readonly var point in metric.GetMetricPoints())
            {
                var pointTags = new Dictionary<string, object?>();
                foreach (var tag in point.Tags)
                {
                    pointTags[tag.Key] = tag.Value;
                }
                if (tags.All(t => Equals(pointTags.GetValueOrDefault(t.Key), t.Value)))
                {
                    total += metric.MetricType == MetricType.Histogram ? point.GetHistogramCount() : point.GetSumLong();
                }
            }
        }
        return total;
    }
}
