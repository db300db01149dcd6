namespace AlipayInStore.Cli.Observe;

/// <summary>Runs one trigger with the SDK's calls recorded from its own spans, in order with the trigger's own steps.</summary>
internal static class TriggerRun
{
    public static async Task<TriggerReport> RunAsync(Trigger trigger, TriggerContext context, CancellationToken ct)
    {
        var report = new TriggerReport(trigger.Name);
        using var calls = new CallRecorder(report.Step);
        await trigger.RunAsync(context, report, ct);
        report.TraceId = calls.TraceId;
        return report;
    }
}
