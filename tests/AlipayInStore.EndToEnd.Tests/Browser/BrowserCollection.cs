namespace AlipayInStore.EndToEnd.Tests.Browser;

/// <summary>The browser tests share one gateway and one Chromium, and run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserGateway>
{
    public const string Name = "browser";
}
