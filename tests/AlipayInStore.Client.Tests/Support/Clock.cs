using Microsoft.Extensions.Time.Testing;

namespace AlipayInStore.Client.Tests.Support;

/// <summary>Moves a <see cref="FakeTimeProvider"/> forward in small steps until the task under test completes.</summary>
internal static class Clock
{
    public static async Task<T> RunAsync<T>(FakeTimeProvider time, Task<T> task, TimeSpan? step = null, int maxSteps = 20_000)
    {
        for (var i = 0; i < maxSteps && !task.IsCompleted; i++)
        {
            time.Advance(step ?? TimeSpan.FromMilliseconds(250));
            await Task.WhenAny(task, Task.Delay(2));
        }
        Assert.True(task.IsCompleted, "the flow did not finish within the simulated time");
        return await task;
    }

    public static FakeTimeProvider NewFake() => new(new DateTimeOffset(2026, 11, 27, 2, 15, 0, TimeSpan.Zero));
}
