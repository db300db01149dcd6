using AlipayInStore.Gateway.Accounts;
using AlipayInStore.Gateway.Tests.Support;

namespace AlipayInStore.Gateway.Tests.Portal;

/// <summary>The sandbox's generated logins survive a restart (printed again, and still valid).</summary>
public sealed class SeededLoginTests
{
    [Fact]
    public async Task Restart_SameDataFolder_SameLoginsPrintedAndAccepted()
    {
        var dataDirectory = Path.Combine(Path.GetTempPath(), "aig-tests", Guid.NewGuid().ToString("N"));
        var gateway = await GatewayFixture.StartAsync(dataDirectory: dataDirectory, background: false);
        var first = gateway.Seed.Logins;
        Assert.Matches("^[0-9]{6}$", first.BuyerPasswords["alice"]);
        Assert.Equal(12, first.PortalPassword.Length);
        // Stop without disposing the fixture: that would delete the data folder (and, on PostgreSQL, the database name follows it).
        await gateway.App.StopAsync();
        await gateway.App.DisposeAsync();
        await using var restarted = await GatewayFixture.StartAsync(dataDirectory: dataDirectory, background: false);

        Assert.False(restarted.Seed.CreatedNow);
        Assert.Equal(first.PortalUserName, restarted.Seed.Logins.PortalUserName);
        Assert.Equal(first.PortalPassword, restarted.Seed.Logins.PortalPassword);
        Assert.Equal(first.BuyerPasswords["bob"], restarted.Seed.Logins.BuyerPasswords["bob"]);
        var outcome = await restarted.WithDbAsync(async db =>
            (await new PortalPasswords(db, restarted.Clock).CheckUserAsync(first.PortalUserName, first.PortalPassword, default)).Outcome);
        Assert.Equal(SignInOutcome.Succeeded, outcome);
    }
}
