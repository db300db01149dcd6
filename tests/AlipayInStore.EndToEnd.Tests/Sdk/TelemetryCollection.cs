namespace AlipayInStore.EndToEnd.Tests.Sdk;

/// <summary>Listeners are process-wide: telemetry tests run alone, so only their own traffic is in what they collect.</summary>
[CollectionDefinition(nameof(TelemetryCollection), DisableParallelization = true)]
public sealed class TelemetryCollection;
