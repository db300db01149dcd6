using System.Text.Json;
using AlipayInStore.Cli.Tests.Support;

namespace AlipayInStore.Cli.Tests;

/// <summary><c>logs tail</c> as processes beside a started sandbox: what a merchant sees while the till pays.</summary>
[Collection(ObserveCollection.Name)]
public sealed class LogsCommandTests(ObserveSandbox sandbox)
{
    [Fact]
    public async Task LogsTail_TwoPaysOneRefused_StreamsBothLinesAndFilters()
    {
        await using var all = Tail();
        await using var refusedJson = Tail("--status", "F", "--json");
        await using var queriesOnly = Tail("--function", "payQuery");
        await using var otherMerchant = Tail("--client-id", "NOBODY");
        foreach (var tail in new[] { all, refusedJson, queriesOnly, otherMerchant })
        {
            await tail.WaitUntilReadyAsync();
        }
        var id = Guid.NewGuid().ToString("N")[..10];

        var paid = await CliProcess.RunAsync(sandbox.Data, "pay", "--amount", "1.00", "--buyer", "alice", "--merchant-trans-id", "TAIL-OK-" + id, "--profile", sandbox.Profile, "--json");
        var refused = await CliProcess.RunAsync(sandbox.Data, "pay", "--amount", "99.05", "--buyer", "alice", "--merchant-trans-id", "TAIL-NO-" + id, "--profile", sandbox.Profile, "--json");

        Assert.True(paid.ExitCode == 0, paid.Stdout + paid.Stderr);
        Assert.Equal(1, refused.ExitCode);
        await UntilAsync(() => all.Output.Contains("TAIL-NO-" + id, StringComparison.Ordinal) && refusedJson.Output.Contains("TAIL-NO-" + id, StringComparison.Ordinal));
        var lines = all.Output.Split('\n').Where(l => l.Contains(id, StringComparison.Ordinal)).ToList();
        Assert.Equal(2, lines.Count);
        var acquirementId = JsonDocument.Parse(paid.Stdout).RootElement.GetProperty("acquirementId").GetString();
        Assert.Matches(@"^\d\d:\d\d:\d\d\.\d{3}  pay +S SUCCESS +sig=valid +[0-9.]+ ms  clientId=" + sandbox.ClientId + "  merchantTransId=TAIL-OK-" + id + "  acquirementId=" + acquirementId, lines[0]);
        Assert.Matches(@"  pay +F BUYER_BALANCE_NOT_ENOUGH +sig=valid +[0-9.]+ ms  clientId=" + sandbox.ClientId + "  merchantTransId=TAIL-NO-" + id, lines[1]);

        var json = refusedJson.Output.Split('\n').Where(l => l.StartsWith('{')).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        var only = Assert.Single(json);
        Assert.Equal("alipay.intl.acquiring.offline.pay", only.GetProperty("function").GetString());
        Assert.Equal("F", only.GetProperty("resultStatus").GetString());
        Assert.Equal("BUYER_BALANCE_NOT_ENOUGH", only.GetProperty("resultCode").GetString());
        Assert.Equal("valid", only.GetProperty("verification").GetString());
        Assert.Equal("TAIL-NO-" + id, only.GetProperty("merchantTransId").GetString());
        Assert.True(only.GetProperty("durationMs").GetDouble() > 0);
        Assert.DoesNotContain(id, queriesOnly.Output, StringComparison.Ordinal);
        Assert.DoesNotContain(id, otherMerchant.Output, StringComparison.Ordinal);

        // Ctrl+C: the stream closes without an error; 130 is the shell's code for "ended by an interrupt".
        Assert.Equal(130, await all.InterruptAsync());
        Assert.DoesNotContain("Exception", all.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LogsTail_WrongToken_UsageErrorNamingTheToken()
    {
        var (exit, stdout, stderr) = await CliProcess.RunAsync(sandbox.Data, "logs", "tail", "--profile", sandbox.Profile, "--token", "wrong");

        Assert.Equal(2, exit);
        Assert.Contains("refused the token (401)", stdout + stderr, StringComparison.Ordinal);
    }

    private SandboxProcess Tail(params string[] filters) =>
        SandboxProcess.Start("Tailing", ["logs", "tail", "--profile", sandbox.Profile, .. filters]);

    private static async Task UntilAsync(Func<bool> condition)
    {
        for (var i = 0; i < 100 && !condition(); i++)
        {
            await Task.Delay(100);
        }
        Assert.True(condition(), "the tails did not show the exchanges within 10 s");
    }
}
