namespace AlipayInStore.Cli.Tests.Support;

/// <summary>The observe tests share one sandbox process and run one after another, so a tail sees only its own traffic.</summary>
[CollectionDefinition(Name)]
public sealed class ObserveCollection : ICollectionFixture<ObserveSandbox>
{
    public const string Name = "observe";
}
