using System.Diagnostics;
using AlipayInStore.Client;

namespace AlipayInStore.Cli.Observe;

/// <summary>
/// Listens to the SDK's own spans while a trigger runs, so the trigger can say which calls the SDK made and what each
/// answered, in order, without reaching into the SDK: the same view a merchant's tracing backend gets.
/// </summary>
internal sealed class CallRecorder : IDisposable
{
    private readonly ActivityListener _listener;
    private readonly Action<string> _onCall;

    public CallRecorder(Action<string> onCall)
    {
        _onCall = onCall;
        _listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == AlipayInStoreTelemetry.SourceName,
            // Recorded: the trace the CLI prints is sampled, so the gateway records its side of it too.
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = OnStopped,
        };
        ActivitySource.AddActivityListener(_listener);
    }

    /// <summary>The id of the trace the calls ran in (the first call's), for the tracing backend.</summary>
    public string? TraceId { get; private set; }


    private void OnStopped(Activity activity)
    {
        if (activity.Kind != ActivityKind.Internal || activity.GetTagItem(AlipayInStoreTelemetry.FunctionTag) is not string function)
        {
            return;
        }
        TraceId ??= activity.TraceId.ToHexString();
        var status = activity.GetTagItem(AlipayInStoreTelemetry.ResultStatusTag) as string;
        var code = activity.GetTagItem(AlipayInStoreTelemetry.ResultCodeTag) as string;
        var attempts = activity.GetTagItem(AlipayInStoreTelemetry.AttemptTag) is int n && n > 1 ? $" after {n} attempts" : "";
        var answer = code is null ? $"{status}: no trusted answer ({activity.StatusDescription})" : $"{status}/{code}";
        if (activity.GetTagItem(AlipayInStoreTelemetry.AcquirementStatusTag) is string acquirementStatus)
        {
            answer += ", transaction " + acquirementStatus;
        }
        _onCall($"SDK {function[(function.LastIndexOf('.') + 1)..]} → {answer}{attempts} ({activity.Duration.TotalMilliseconds:0} ms)");
    }

    public void Dispose() => _listener.Dispose();
}
