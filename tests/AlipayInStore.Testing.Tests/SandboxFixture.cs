using AlipayInStore.Testing;

namespace AlipayInStore.Testing.Tests;

/// <summary>One in-process sandbox for a test class (9902 answers after 1 s instead of 30 s).</summary>
public sealed class SandboxFixture : IAsyncLifetime
{
    public AlipaySandbox Sandbox { get; private set; } = null!;

    public async Task InitializeAsync() => Sandbox = await AlipaySandbox.StartAsync(new AlipaySandboxOptions { SlowPayDelay = TimeSpan.FromSeconds(1) });

    public async Task DisposeAsync() => await Sandbox.DisposeAsync();
}
