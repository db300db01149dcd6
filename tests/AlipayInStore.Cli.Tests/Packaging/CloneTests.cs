using AlipayInStore.Testing;

namespace AlipayInStore.Cli.Tests.Packaging;

/// <summary>The repository is self-contained: a clone with no ../shared beside it passes the Protocol tests (the vectors are in the tree).</summary>
public sealed class CloneTests
{
    [Fact]
    public async Task Clone_WithoutSharedFolder_PassesProtocolTests()
    {
        var parent = Directory.CreateTempSubdirectory("aig-clone").FullName;
        var clone = Path.Combine(parent, "repo");
        var cloned = await ProcessRun.RunAsync(parent, "git", ["clone", "--quiet", "--no-hardlinks", RepoPaths.Root, clone]);
        Assert.True(cloned.ExitCode == 0, cloned.Output);
        Assert.False(Directory.Exists(Path.Combine(parent, "shared")));

        var (exit, output) = await ProcessRun.RunAsync(clone, "dotnet", ["test", "tests/AlipayInStore.Protocol.Tests", "-c", "Release", "-nologo"]);

        Assert.True(exit == 0, output);
        Assert.Matches(@"Passed!\s+-\s+Failed:\s+0, Passed:\s+[1-9][0-9]+", output);
        Directory.Delete(parent, recursive: true);
    }
}
