using AlipayInStore.Client;

namespace AlipayInStore.EndToEnd.Tests.Scale;

/// <summary>
/// One of two gateway processes killed with SIGKILL in the middle of a load. (Taking over the dead instance's due
/// notifications: <see cref="NotificationTakeoverTests"/>.)
/// </summary>
public sealed class InstanceKillTests : IAsyncLifetime
{
    private const int Pays = 160;
    private const long Value = 3;
    private readonly TwoInstances _gateways = new();

    public Task InitializeAsync() => _gateways.InitializeAsync();

    public Task DisposeAsync() => _gateways.DisposeAsync();

    [Fact]
    public async Task Pay_InstanceKilledDuringLoad_NothingCommittedLostAndTheOtherKeepsServing()
    {
        var (a, b) = (_gateways.A, _gateways.B);
        var before = await b.AliceBalanceAsync();
        var answeredByA = 0;
        var killed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var inFlight = new SemaphoreSlim(12);

        var outcomes = await Task.WhenAll(Enumerable.Range(0, Pays).Select(async i =>
        {
            await inFlight.WaitAsync();
            try
            {
                var id = $"KILL-{i}";
                var result = await _gateways.Either(i).PayAsync(id, Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
                if (i % 2 == 0 && result.IsSuccess && Interlocked.Increment(ref answeredByA) == 20)
                {
                    await a.KillAsync(); // kill -9 while a dozen pays are in flight through both instances
                    killed.TrySetResult();
                }
                return (Id: id, Via: i % 2 == 0 ? "A" : "B", Status: result.ResultStatus);
            }
            catch (AlipayTransportException)
            {
                return (Id: $"KILL-{i}", Via: i % 2 == 0 ? "A" : "B", Status: "NO ANSWER");
            }
            finally
            {
                inFlight.Release();
            }
        }));

        Assert.True(killed.Task.IsCompleted, "instance A was never killed");
        Assert.Contains(outcomes, o => o.Via == "A" && o.Status == "NO ANSWER");
        // The survivor answered every pay sent to it, during and after the kill.
        Assert.All(outcomes.Where(o => o.Via == "B"), o => Assert.Equal("S", o.Status));
        // Every pay answered S by either instance is in the database as paid, as the survivor reads it.
        var charged = 0;
        foreach (var outcome in outcomes)
        {
            var status = await b.StatusAsync(outcome.Id);
            if (outcome.Status == "S")
            {
                Assert.Equal("SUCCESS", status);
            }
            charged += status == "SUCCESS" ? 1 : 0;
        }
        // A pay cut off by the kill either committed whole or not at all: balances match the paid transactions exactly.
        Assert.Equal(before - (charged * Value), await b.AliceBalanceAsync());
        Assert.True(await b.LedgerBalancedAsync());
        Assert.Equal("S", (await b.PayAsync("KILL-AFTER", "5")).ResultStatus);
    }
}
