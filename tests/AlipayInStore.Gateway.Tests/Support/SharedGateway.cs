namespace AlipayInStore.Gateway.Tests.Support;

/// <summary>One gateway for all tests of a class (they run one after another and use their own ids).</summary>
public sealed class SharedGateway : IAsyncLifetime
{
    internal GatewayFixture Gateway { get; private set; } = null!;

    public async Task InitializeAsync() => Gateway = await GatewayFixture.StartAsync();

    public async Task DisposeAsync() => await Gateway.DisposeAsync();
}
