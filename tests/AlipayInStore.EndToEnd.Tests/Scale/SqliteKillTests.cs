using AlipayInStore.Client;

namespace AlipayInStore.EndToEnd.Tests.Scale;

/// <summary>
/// The SQLite sandbox killed with SIGKILL in the middle of a concurrent load, then started again on the same data
/// folder. Pays there share commits (group commit, decision 010): an S answer must still mean committed.
/// </summary>
public sealed class SqliteKillTests : IAsyncLifetime
{
    private const int Pays = 160;
    private const long Value = 3;
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "aig-sqlite-kill", Guid.NewGuid().ToString("N"));
    private GatewayInstance _gateway = null!;

    private string Database => $"Data Source={Path.Combine(_folder, "gateway.db")};Default Timeout=30;Pooling=True";

    public async Task InitializeAsync() => _gateway = await GatewayInstance.StartAsync(_folder, Database);

    public async Task DisposeAsync()
    {
        await _gateway.DisposeAsync();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    [Fact]
    public async Task Pay_KilledDuringLoad_NoSAnswerLostRetriesIdempotentBuyerChargedExactly()
    {
        var before = await _gateway.AliceBalanceAsync();
        var answered = 0;
        var killed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var inFlight = new SemaphoreSlim(16);
        var first = _gateway;

        var outcomes = await Task.WhenAll(Enumerable.Range(0, Pays).Select(async i =>
        {
            await inFlight.WaitAsync();
            try
            {
                var id = $"SQLITE-KILL-{i}";
                var result = await first.PayAsync(id, Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
                if (result.IsSuccess && Interlocked.Increment(ref answered) == 40)
                {
                    await first.KillAsync(); // kill -9 while a batch of pays is gathering or committing
                    killed.TrySetResult();
                }
                return (Id: id, Status: result.ResultStatus);
            }
            catch (AlipayTransportException)
            {
                return (Id: $"SQLITE-KILL-{i}", Status: "NO ANSWER");
            }
            finally
            {
                inFlight.Release();
            }
        }));

        Assert.True(killed.Task.IsCompleted, "the sandbox was never killed");
        Assert.Contains(outcomes, o => o.Status == "NO ANSWER");
        await first.DisposeAsync();
        _gateway = await GatewayInstance.StartAsync(_folder, Database);

        // Every S answer given before the kill is a paid transaction after the restart.
        foreach (var outcome in outcomes.Where(o => o.Status == "S"))
        {
            Assert.Equal("SUCCESS", await _gateway.StatusAsync(outcome.Id));
        }
        // Retrying every pay that got no answer, as a till does, is idempotent: each id ends paid exactly once.
        foreach (var outcome in outcomes.Where(o => o.Status != "S"))
        {
            var retry = await _gateway.PayAsync(outcome.Id, Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
            Assert.Equal("S", retry.ResultStatus);
        }
        foreach (var outcome in outcomes)
        {
            Assert.Equal("SUCCESS", await _gateway.StatusAsync(outcome.Id));
        }
        Assert.Equal(before - (Pays * Value), await _gateway.AliceBalanceAsync());
        Assert.True(await _gateway.LedgerBalancedAsync());
    }
}
