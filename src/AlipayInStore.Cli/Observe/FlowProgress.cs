using System.Diagnostics;

namespace AlipayInStore.Cli.Observe;

/// <summary>
/// Progress of a payment flow, read from the SDK's own spans (as <see cref="CallRecorder"/> does): each call ended moves
/// the line along the time the flow may take and says what the last call answered.
/// </summary>
internal static class FlowProgress
{
    public static Task<T> RunAsync<T>(string title, bool json, TimeSpan expected, Func<Task<T>> flow) =>
        TerminalProgress.RunAsync(title, json, indeterminate: false, async tick =>
        {
            if (tick == ProgressTick.None)
            {
                return await flow();
            }
            var started = Stopwatch.StartNew();
            using var calls = new CallRecorder(call => tick.Set(started.Elapsed / expected, $"{title}: {call}"));
            using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(250));
            var work = flow();
            while (!work.IsCompleted && await Task.WhenAny(work, timer.WaitForNextTickAsync().AsTask()) != work)
            {
                tick.Set(started.Elapsed / expected);
            }
            return await work;
        });
}
