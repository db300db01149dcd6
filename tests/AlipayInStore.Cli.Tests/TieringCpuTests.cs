using AlipayInStore.Cli.Load;

namespace AlipayInStore.Cli.Tests;

/// <summary>The tiered compiler's CPU that <c>load --settle</c> waits on, read from /proc.</summary>
public sealed class TieringCpuTests
{
    [Fact]
    public void Between_CountsANewWorkerWhole_AndAnEndedOneNotAtAll()
    {
        var before = new Dictionary<int, TimeSpan> { [10] = TimeSpan.FromMilliseconds(300), [11] = TimeSpan.FromMilliseconds(50) };
        var after = new Dictionary<int, TimeSpan> { [10] = TimeSpan.FromMilliseconds(320), [12] = TimeSpan.FromMilliseconds(40) };

        Assert.Equal(TimeSpan.FromMilliseconds(60), TieringCpu.Between(before, after));
        Assert.Equal(TimeSpan.Zero, TieringCpu.Between(before, null));
    }

    [Fact]
    public void Of_ReadsThisProcess_AndNoneForAProcessThatIsNotThere()
    {
        var own = TieringCpu.Of(Environment.ProcessId);

        Assert.NotNull(own);
        Assert.All(own, w => Assert.True(w.Value >= TimeSpan.Zero));
        Assert.Null(TieringCpu.Of(int.MaxValue));
    }
}
