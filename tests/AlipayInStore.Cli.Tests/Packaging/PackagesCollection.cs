namespace AlipayInStore.Cli.Tests.Packaging;

/// <summary>The packaging tests share one pack and run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class PackagesCollection : ICollectionFixture<PackedPackages>
{
    public const string Name = "packed packages";
}
