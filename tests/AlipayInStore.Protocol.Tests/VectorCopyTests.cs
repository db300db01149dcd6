using AlipayInStore.Testing;

namespace AlipayInStore.Protocol.Tests;

/// <summary>The tree's copy of the vectors must stay byte-identical to the published ones whenever those are beside the project.</summary>
public sealed class VectorCopyTests
{
    [Fact]
    public void Copy_WhenSharedVectorsExist_IsByteIdentical()
    {
        var shared = RepoPaths.SharedVectors;
        if (shared is null)
        {
            // A bare clone: the copy in the tree is all there is, and the vector tests read it.
            Assert.True(File.Exists(RepoPaths.Vector("cases.json")), "tests/vectors/cases.json is missing from the tree");
            return;
        }

        var published = Files(shared);
        var copy = Files(RepoPaths.Vectors);
        Assert.Equal(published.Keys.Order(StringComparer.Ordinal), copy.Keys.Order(StringComparer.Ordinal));
        foreach (var (name, path) in published)
        {
            Assert.True(File.ReadAllBytes(path).AsSpan().SequenceEqual(File.ReadAllBytes(copy[name])),
                $"tests/vectors/{name} differs from ../shared/vectors/{name}: copy the published vectors again (cp -r ../shared/vectors/. tests/vectors/)");
        }
    }

    private static Dictionary<string, string> Files(string root) =>
        Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .ToDictionary(p => Path.GetRelativePath(root, p).Replace('\\', '/'), StringComparer.Ordinal);
}
