namespace AlipayInStore.Cli.Tests.Packaging;

/// <summary>
/// A merchant's test project that references only the AlipayInStore.Testing package (built from a temporary folder)
/// runs the scenario parity tests: the fake handler and the in-process sandbox answer alike, scenario by scenario.
/// </summary>
[Collection(PackagesCollection.Name)]
public sealed class TestingPackageTests(PackedPackages packages)
{
    [Fact]
    public async Task TestProject_ReferencingOnlyTheTestingPackage_FakeAndSandboxAgreeScenarioByScenario()
    {
        var project = Path.Combine(packages.Workspace, "merchant-tests");
        Directory.CreateDirectory(project);
        var kitTests = Path.Combine(packages.Root, "tests", "AlipayInStore.Testing.Tests");
        foreach (var file in new[] { "ScenarioStories.cs", "ScenarioParityTests.cs", "SandboxFixture.cs" })
        {
            File.Copy(Path.Combine(kitTests, file), Path.Combine(project, file), overwrite: true);
        }
        File.Copy(packages.ConfigFile, Path.Combine(project, "nuget.config"), overwrite: true);
        await File.WriteAllTextAsync(Path.Combine(project, "Directory.Build.props"), "<Project />");
        await File.WriteAllTextAsync(Path.Combine(project, "Directory.Build.targets"), "<Project />");
        await File.WriteAllTextAsync(Path.Combine(project, "Directory.Packages.props"), "<Project />");
        await File.WriteAllTextAsync(Path.Combine(project, "MerchantTests.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
                <IsPackable>false</IsPackable>
              </PropertyGroup>
              <ItemGroup>
                <Using Include="Xunit" />
                <PackageReference Include="AlipayInStore.Testing" Version="{packages.Version}" />
                <PackageReference Include="Microsoft.NET.Test.Sdk" Version="18.0.1" />
                <PackageReference Include="xunit" Version="2.9.3" />
                <PackageReference Include="xunit.runner.visualstudio" Version="3.1.5" />
              </ItemGroup>
            </Project>
            """);

        var (exit, output) = await ProcessRun.RunAsync(project, "dotnet", ["test", "-c", "Release", "-nologo"], packages.Environment);

        Assert.True(exit == 0, output);
        Assert.Matches(@"Passed!\s+-\s+Failed:\s+0, Passed:\s+1[0-9]", output);
        Assert.DoesNotContain("ProjectReference", await File.ReadAllTextAsync(Path.Combine(project, "MerchantTests.csproj")), StringComparison.Ordinal);
    }
}
