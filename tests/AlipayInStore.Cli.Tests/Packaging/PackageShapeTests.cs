using System.IO.Compression;
using System.Xml.Linq;

namespace AlipayInStore.Cli.Tests.Packaging;

/// <summary>What a merchant gets from each package: metadata, README, symbols, and no heavy dependency in the core SDK.</summary>
[Collection(PackagesCollection.Name)]
public sealed class PackageShapeTests(PackedPackages packages)
{
    public static TheoryData<string> Libraries => new()
    {
        "AlipayInStore.Protocol", "AlipayInStore.Client", "AlipayInStore.Client.AspNetCore", "AlipayInStore.Client.Sftp",
        "AlipayInStore.Client.QrCode", "AlipayInStore.Testing", "AlipayInStore.Gateway",
    };

    [Theory]
    [MemberData(nameof(Libraries))]
    public void Package_Packed_HasVersionLicenceRepositoryReadmeAndSymbols(string id)
    {
        var nuspec = Nuspec(id);
        string Meta(string name) => nuspec.Descendants().First(e => e.Name.LocalName == name).Value;

        Assert.Equal(packages.Version, Meta("version"));
        Assert.Equal("MIT", Meta("license"));
        Assert.Equal("README.md", Meta("readme"));
        Assert.Contains("github.com", nuspec.Descendants().First(e => e.Name.LocalName == "repository").Attribute("url")!.Value, StringComparison.Ordinal);
        using var zip = ZipFile.OpenRead(packages.Package(id));
        Assert.Contains(zip.Entries, e => e.FullName == "README.md" && e.Length > 200);
        Assert.Contains(zip.Entries, e => e.FullName == $"lib/net10.0/{id}.xml" || id == "AlipayInStore.Gateway");
        Assert.True(File.Exists(Path.ChangeExtension(packages.Package(id), ".snupkg")), id + " has no symbols package");
    }

    [Fact]
    public void ClientPackage_Dependencies_AreProtocolAndMicrosoftExtensionsOnly()
    {
        var nuspec = Nuspec("AlipayInStore.Client");

        var dependencies = nuspec.Descendants().Where(e => e.Name.LocalName == "dependency").Select(e => e.Attribute("id")!.Value).ToList();
        Assert.Contains("AlipayInStore.Protocol", dependencies);
        Assert.All(dependencies, d => Assert.True(d == "AlipayInStore.Protocol" || d.StartsWith("Microsoft.Extensions.", StringComparison.Ordinal), d));
        Assert.DoesNotContain(nuspec.Descendants(), e => e.Name.LocalName == "frameworkReference");
    }

    [Fact]
    public async Task ClientProject_TransitivePackages_HaveNoAspNetCoreSshNetOrQrCoder()
    {
        var project = Path.Combine(packages.Root, "src", "AlipayInStore.Client", "AlipayInStore.Client.csproj");

        var (exit, output) = await ProcessRun.RunAsync(packages.Root, "dotnet", ["list", project, "package", "--include-transitive"]);

        Assert.True(exit == 0, output);
        Assert.Contains("Microsoft.Extensions.Http", output, StringComparison.Ordinal);
        foreach (var heavy in new[] { "Microsoft.AspNetCore", "SSH.NET", "QRCoder", "BouncyCastle" })
        {
            Assert.DoesNotContain(heavy, output, StringComparison.OrdinalIgnoreCase);
        }
        var assets = await File.ReadAllTextAsync(Path.Combine(packages.Root, "src", "AlipayInStore.Client", "obj", "project.assets.json"));
        Assert.DoesNotContain("Microsoft.AspNetCore.App", assets, StringComparison.Ordinal);
    }

    [Fact]
    public void ToolPackage_Packed_IsADotnetToolNamedAlipayInstore()
    {
        using var zip = ZipFile.OpenRead(packages.Package("AlipayInStore.Cli"));
        var settings = zip.Entries.Single(e => e.FullName.EndsWith("DotnetToolSettings.xml", StringComparison.Ordinal));
        using var stream = settings.Open();

        var command = XDocument.Load(stream).Descendants("Command").Single();

        Assert.Equal("alipay-instore", command.Attribute("Name")!.Value);
        Assert.DoesNotContain(zip.Entries, e => e.FullName.EndsWith("libSkiaSharp.pdb", StringComparison.Ordinal));
    }

    private XDocument Nuspec(string id)
    {
        using var zip = ZipFile.OpenRead(packages.Package(id));
        using var stream = zip.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal)).Open();
        return XDocument.Load(stream);
    }
}
