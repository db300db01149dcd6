namespace AlipayInStore.Cli.Observe;

/// <summary>A named situation: what it shows, what it promises, and how to make it happen against the sandbox.</summary>
internal sealed record Trigger(string Name, string Summary, string Promise, Func<TriggerContext, TriggerReport, CancellationToken, Task> RunAsync);
