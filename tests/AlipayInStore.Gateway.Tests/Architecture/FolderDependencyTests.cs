using AlipayInStore.Testing;

namespace AlipayInStore.Gateway.Tests.Architecture;

/// <summary>
/// The gateway's feature folders use each other without a circle (issue 15, item 7; docs/architecture.md, "Which folder
/// uses which"): a folder that another one uses does not use it back, directly or through others.
/// </summary>
public sealed class FolderDependencyTests
{
    // Edges left out of the cycle search while the code that makes them is reworked; each must still be in the code
    // (KnownEdges_EachStillInTheCode), so the entry is deleted with its edge. None is left.
    private static readonly HashSet<(string From, string To)> KnownEdges = [];

    private static FolderGraph Graph { get; } = FolderGraph.Read(Path.Combine(RepoPaths.Root, "src", "AlipayInStore.Gateway"));

    [Fact]
    public void FeatureFolders_UseEachOther_WithoutACycle()
    {
        var cycles = Graph.Cycles(except: KnownEdges);

        Assert.True(cycles.Count == 0,
            $"{cycles.Count} cycle(s) among the gateway's feature folders; move what both sides use to the lower folder "
            + "(docs/architecture.md, \"Which folder uses which\"):\n" + string.Join("\n", cycles));
    }

    [Fact]
    public void KnownEdges_EachStillInTheCode()
    {
        var gone = KnownEdges.Where(e => !Graph.Edges.ContainsKey(e)).Select(e => $"{e.From} -> {e.To}").ToList();

        Assert.True(gone.Count == 0, "No longer in the code, delete from KnownEdges: " + string.Join(", ", gone));
    }
}
