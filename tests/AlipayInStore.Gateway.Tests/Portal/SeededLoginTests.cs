using AlipayInStore.Gateway.Tests.Support;

namespace AlipayInStore.Gateway.Tests.Portal;

/// <summary>The sandbox's generated logins survive a restart (printed again, and still valid).</summary>
public sealed class SeededLoginTests
{
    [Fact]
    public async Task Restart_SameDataFolder_SameLoginsPrintedAndAccepted()
    {
        var dataDirectory = Path.Combine(Path.GetTempPath(), "aig-tests", Guid.NewGuid().ToString("N"));
        Gateway.Sandbox.SandboxLogins first;
        await using (var gateway = await GatewayFixture.StartAsync(dataDirectory: dataDirectory, background: false))
        {
            first = gateway.Seed.Logins;
            Assert.Matches("^[0-9]{6}$", first.BuyerPasswords["alice"]);
            Assert.Equal(12, first.PortalPassword.Length);
            // Keep the folder: the fixture deletes it on dispose, so copy the content aside first.
            CopyDirectory(dataDirectory, dataDirectory + "-copy");
        }
        await using var restarted = await GatewayFixture.StartAsync(dataDirectory: dataDirectory + "-copy", background: false);

        Assert.False(restarted.Seed.CreatedNow);
        Assert.Equal(first.PortalUserName, restarted.Seed.Logins.PortalUserName);
        Assert.Equal(first.PortalPassword, restarted.Seed.Logins.PortalPassword);
        Assert.Equal(first.BuyerPasswords["bob"], restarted.Seed.Logins.BuyerPasswords["bob"]);
        var outcome = await restarted.WithDbAsync(async db =>
            (await new Gateway.Portal.PortalPasswords(db, restarted.Clock).CheckUserAsync(first.PortalUserName, first.PortalPassword, default)).Outcome);
        Assert.Equal(Gateway.Portal.SignInOutcome.Succeeded, outcome);
    }

    private static void CopyDirectory(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
