using System.Text.RegularExpressions;
using AlipayInStore.Cli.Tests.Support;

namespace AlipayInStore.Cli.Tests;

/// <summary>Progress of long work: on a terminal only, plain with NO_COLOR, absent when redirected or with --json.</summary>
[Collection(ObserveCollection.Name)]
public sealed partial class ProgressOutputTests(ObserveSandbox sandbox)
{
    private static readonly Dictionary<string, string> NoEnvironment = [];

    /// <summary>Colours, cursor movement and erasing (SGR, CUU/CUD…, ED/EL): what progress drawing uses.</summary>
    [GeneratedRegex(@"\x1b\[[0-9;]*[mABCDGHJK]")]
    private static partial Regex DrawingCodes();

    [Fact]
    public async Task Pay_OnPseudoTerminal_DrawsProgressThenTheResult()
    {
        var screen = await PseudoTerminal.RunAsync(NoEnvironment, PayArgs());

        Assert.Contains("Paying", screen, StringComparison.Ordinal);
        Assert.Matches(DrawingCodes(), screen);
        Assert.Matches(@"\d+%", screen);
        Assert.Contains("Cancelled", screen, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pay_OnPseudoTerminalWithNoColor_PlainProgressLinesWithoutEscapeCodes()
    {
        var screen = await PseudoTerminal.RunAsync(new Dictionary<string, string> { ["NO_COLOR"] = "1" }, PayArgs());

        Assert.Contains("Paying: SDK payQuery → S/SUCCESS, transaction WAIT_BUYER_PAY", screen, StringComparison.Ordinal);
        Assert.DoesNotMatch(DrawingCodes(), screen);
        Assert.Contains("Cancelled", screen, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pay_OnPseudoTerminalWithJson_NoProgress()
    {
        var screen = await PseudoTerminal.RunAsync(NoEnvironment, [.. PayArgs(), "--json"]);

        Assert.DoesNotContain("Paying", screen, StringComparison.Ordinal);
        Assert.DoesNotMatch(DrawingCodes(), screen);
        Assert.Contains("\"outcome\": \"Cancelled\"", screen, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pay_Redirected_NoProgressAndNoEscapeCodes()
    {
        var (exit, stdout, stderr) = await CliProcess.RunAsync(sandbox.Data, PayArgs());

        Assert.Equal(1, exit);
        Assert.DoesNotContain("\x1b", stdout + stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("Paying", stdout + stderr, StringComparison.Ordinal);
        Assert.Contains("Cancelled", stdout, StringComparison.Ordinal);
    }

    /// <summary>9904: the buyer never confirms, so the till polls for two seconds, then cancels.</summary>
    private string[] PayArgs() => ["pay", "--amount", "99.04", "--buyer", "alice", "--poll-for", "2", "--poll-every", "1", "--profile", sandbox.Profile];
}
