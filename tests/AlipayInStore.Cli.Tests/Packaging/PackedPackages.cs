using System.Xml.Linq;
using AlipayInStore.Testing;

namespace AlipayInStore.Cli.Tests.Packaging;

/// <summary>
/// Packs every package once per test run (<c>dotnet pack</c> into artifacts/packages, reusing the build when there is
/// one), and gives the tests a workspace whose nuget.config takes AlipayInStore.* from that folder only and whose
/// package cache is its own, so a package packed again under the same version is never read stale from a cache.
/// </summary>
public sealed class PackedPackages : IAsyncLifetime
{
    public string Root { get; } = RepoPaths.Root;
    public string Folder => Path.Combine(Root, "artifacts", "packages");
    public string Workspace { get; } = Directory.CreateTempSubdirectory("aig-packages").FullName;
    public string Version { get; } = XDocument.Load(Path.Combine(RepoPaths.Root, "Directory.Build.props")).Descendants("Version").First().Value;

    /// <summary>Variables for every dotnet command of the tests: the workspace's own package cache.</summary>
    public IReadOnlyDictionary<string, string> Environment => new Dictionary<string, string>
    {
        ["NUGET_PACKAGES"] = Path.Combine(Workspace, "nuget-packages"),
        ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1",
        ["DOTNET_NOLOGO"] = "1",
    };

    public string ConfigFile => Path.Combine(Workspace, "nuget.config");

    public async Task InitializeAsync()
    {
        var packed = await ProcessRun.RunAsync(Root, "dotnet", ["pack", "AlipayInStore.slnx", "-c", "Release", "--no-build", "-nologo", "-v", "quiet"]);
        if (packed.ExitCode != 0)
        {
            packed = await ProcessRun.RunAsync(Root, "dotnet", ["pack", "AlipayInStore.slnx", "-c", "Release", "-nologo", "-v", "quiet"]);
        }
        Assert.True(packed.ExitCode == 0, "dotnet pack failed:\n" + packed.Output);
        await File.WriteAllTextAsync(ConfigFile, NuGetConfig());
    }

    public Task DisposeAsync()
    {
        try
        {
            Directory.Delete(Workspace, recursive: true);
        }
        catch (IOException)
        {
            // a tool still holding a file: the temporary folder is left for the system to clean
        }
        return Task.CompletedTask;
    }

    public string Package(string id) => Path.Combine(Folder, $"{id}.{Version}.nupkg");

    // AlipayInStore.* only from artifacts/packages; everything else from the machine's package cache (read as a local
    // feed, so nothing is downloaded twice), else nuget.org.
    private string NuGetConfig()
    {
        var cache = System.Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } set
            ? set
            : Path.Combine(System.Environment.GetFolderPath(System.Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        return $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="local" value="{Folder}" />
                <add key="cache" value="{cache}" />
                <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
              </packageSources>
              <packageSourceMapping>
                <packageSource key="local"><package pattern="AlipayInStore.*" /></packageSource>
                <packageSource key="cache"><package pattern="*" /></packageSource>
                <packageSource key="nuget.org"><package pattern="*" /></packageSource>
              </packageSourceMapping>
            </configuration>
            """;
    }
}
