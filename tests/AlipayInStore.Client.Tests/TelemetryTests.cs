using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using AlipayInStore.Client.Tests.Support;
using AlipayInStore.Protocol.Wire;

namespace AlipayInStore.Client.Tests;

/// <summary>The SDK's spans and measurements, seen with the base library's own listeners (as any exporter sees them).</summary>
public sealed class TelemetryTests : IDisposable
{
    private const string TestSourceName = "AlipayInStore.Client.Tests.Telemetry";
    private static readonly ActivitySource TestSource = new(TestSourceName);
    private readonly ConcurrentQueue<Activity> _spans = new();
    private readonly ConcurrentQueue<(string Instrument, long Value, Dictionary<string, object?> Tags)> _measurements = new();
    private readonly ActivityListener _listener;
    private readonly MeterListener _meters = new();
    private readonly Activity _root;

    public TelemetryTests()
    {
        _listener = new ActivityListener
        {
            ShouldListenTo = s => s.Name is AlipayInStoreTelemetry.SourceName or TestSourceName,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = _spans.Enqueue,
        };
        ActivitySource.AddActivityListener(_listener);
        _meters.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == AlipayInStoreTelemetry.MeterName)
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _meters.SetMeasurementEventCallback<long>((i, v, tags, _) => Record(i, v, tags));
        _meters.SetMeasurementEventCallback<double>((i, _, tags, _) => Record(i, 1, tags));
        _meters.Start();
        // Every span and measurement of this test is under this root: tests running beside it do not count.
        _root = TestSource.StartActivity("test")!;
    }

    [Fact]
    public async Task QueryAsync_Two503sThenAnswer_OneCallSpanThreeAttemptsEachSentAsTraceparent()
    {
        var count = 0;
        await using var gateway = await StandInGateway.StartAsync(c => Interlocked.Increment(ref count) < 3 ? GatewayReply.HttpStatus(503) : GatewayReply.Query(c, "SUCCESS"));
        var client = new AlipayInStoreClient(new HttpClient(), TestKeys.Options(gateway.Url));

        await client.QueryAsync(new PayQueryRequest { MerchantTransId = "T-OTEL-1" });

        var call = Assert.Single(Mine(), s => s.DisplayName == "alipay payQuery");
        Assert.Equal(_root.SpanId, call.ParentSpanId);
        Assert.Equal("S", call.GetTagItem(AlipayInStoreTelemetry.ResultStatusTag));
        Assert.Equal("SUCCESS", call.GetTagItem(AlipayInStoreTelemetry.ResultCodeTag));
        Assert.Equal(3, call.GetTagItem(AlipayInStoreTelemetry.AttemptTag));
        Assert.Equal(TestKeys.Options(gateway.Url).ClientId, call.GetTagItem(AlipayInStoreTelemetry.ClientIdTag));
        var attempts = Mine().Where(s => s.ParentSpanId == call.SpanId).OrderBy(s => s.StartTimeUtc).ToList();
        Assert.Equal([1, 2, 3], attempts.Select(a => (int)a.GetTagItem(AlipayInStoreTelemetry.AttemptTag)!));
        Assert.All(attempts, a => Assert.Equal(ActivityKind.Client, a.Kind));
        Assert.Equal([ActivityStatusCode.Error, ActivityStatusCode.Error, ActivityStatusCode.Unset], attempts.Select(a => a.Status));
        Assert.Equal(attempts.Select(a => a.Id), gateway.Calls.Select(c => c.TraceParent));
        Assert.Equal(2, Sum(AlipayInStoreTelemetry.Retries, ApiFunctions.PayQuery));
        Assert.Equal(1, Sum(AlipayInStoreTelemetry.CallDuration, ApiFunctions.PayQuery));
        Assert.Equal(0, Sum(AlipayInStoreTelemetry.UnknownResults, ApiFunctions.PayQuery));
    }

    [Fact]
    public async Task PayAsync_GatewayKeepsFailing_UnknownResultCountedAndNoCodeInAnyTag()
    {
        await using var gateway = await StandInGateway.StartAsync(_ => GatewayReply.HttpStatus(502));
        var options = TestKeys.Options(gateway.Url);
        options.MaxAttempts = 2;
        var client = new AlipayInStoreClient(new HttpClient(), options);
        var request = TestRequests.Pay("T-OTEL-2");

        await Assert.ThrowsAsync<AlipayTransportException>(() => client.PayAsync(request));

        var call = Assert.Single(Mine(), s => s.DisplayName == "alipay pay");
        Assert.Equal(ActivityStatusCode.Error, call.Status);
        Assert.Equal("U", call.GetTagItem(AlipayInStoreTelemetry.ResultStatusTag));
        Assert.Equal(1, Sum(AlipayInStoreTelemetry.UnknownResults, ApiFunctions.Pay));
        Assert.Equal(1, Sum(AlipayInStoreTelemetry.Retries, ApiFunctions.Pay));
        Assert.DoesNotContain(Mine().SelectMany(s => s.TagObjects), t => t.Value is string v && v.Contains(request.IdentityCode!, StringComparison.Ordinal));
    }

    private List<Activity> Mine() => _spans.Where(s => s.TraceId == _root.TraceId && s.Source.Name == AlipayInStoreTelemetry.SourceName).ToList();

    private long Sum(string instrument, string function) =>
        _measurements.Where(m => m.Instrument == instrument && Equals(m.Tags.GetValueOrDefault(AlipayInStoreTelemetry.FunctionTag), function)).Sum(m => m.Value);

    private void Record(Instrument instrument, long value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        // Measurements are made inside the call's span: only those of this test's trace are kept.
        if (_root is not null && Activity.Current?.TraceId == _root.TraceId)
        {
            var copy = new Dictionary<string, object?>();
            foreach (var tag in tags)
            {
                copy[tag.Key] = tag.Value;
            }
            _measurements.Enqueue((instrument.Name, value, copy));
        }
    }

    public void Dispose()
    {
        _root?.Dispose();
        _listener.Dispose();
        _meters.Dispose();
    }
}
