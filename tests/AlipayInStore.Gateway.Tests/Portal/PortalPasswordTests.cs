using AlipayInStore.Gateway.Accounts;
using AlipayInStore.Gateway.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace AlipayInStore.Gateway.Tests.Portal;

/// <summary>Portal and wallet passwords: stored hashed, five wrong ones lock a merchant user for 15 minutes.</summary>
public sealed class PortalPasswordTests : IAsyncLifetime
{
    private GatewayFixture _gateway = null!;

    public async Task InitializeAsync() => _gateway = await GatewayFixture.StartAsync(background: false);

    public async Task DisposeAsync() => await _gateway.DisposeAsync();

    private string UserName => _gateway.Seed.Logins.PortalUserName;
    private string Password => _gateway.Seed.Logins.PortalPassword;

    private Task<SignInOutcome> SignInAsync(string password) =>
        _gateway.WithDbAsync(async db => (await new PortalPasswords(db, _gateway.Clock).CheckUserAsync(UserName, password, CancellationToken.None)).Outcome);

    [Fact]
    public async Task Seed_PasswordsStored_OnlyAsPbkdf2Hashes()
    {
        var (user, buyers) = await _gateway.WithDbAsync(async db =>
            (await db.PortalUsers.SingleAsync(), await db.Buyers.OrderBy(b => b.Id).ToListAsync()));

        Assert.DoesNotContain(Password, user.PasswordHash, StringComparison.Ordinal);
        Assert.StartsWith("AQAAAA", user.PasswordHash, StringComparison.Ordinal); // Identity v3 format: PBKDF2 with salt
        Assert.All(buyers, b => Assert.DoesNotContain(_gateway.Seed.Logins.BuyerPasswords[b.Id], b.PasswordHash!, StringComparison.Ordinal));
        Assert.Equal(SignInOutcome.Succeeded, await SignInAsync(Password));
    }

    [Fact]
    public async Task CheckUser_FiveWrongPasswords_LockedEvenForRightOneUntilLockoutEnds()
    {
        for (var i = 0; i < PortalUser.MaxFailedAttempts - 1; i++)
        {
            Assert.Equal(SignInOutcome.WrongPassword, await SignInAsync("wrong" + i));
        }

        Assert.Equal(SignInOutcome.LockedOut, await SignInAsync("wrong-last"));
        Assert.Equal(SignInOutcome.LockedOut, await SignInAsync(Password));
        _gateway.Time.Advance(PortalPasswords.LockoutDuration - TimeSpan.FromSeconds(1));
        Assert.Equal(SignInOutcome.LockedOut, await SignInAsync(Password));
        _gateway.Time.Advance(TimeSpan.FromSeconds(2));
        Assert.Equal(SignInOutcome.Succeeded, await SignInAsync(Password));
    }

    [Fact]
    public async Task CheckUser_RightPasswordBetweenWrongOnes_CounterStartsAgain()
    {
        for (var i = 0; i < PortalUser.MaxFailedAttempts - 1; i++)
        {
            await SignInAsync("wrong" + i);
        }
        Assert.Equal(SignInOutcome.Succeeded, await SignInAsync(Password));

        for (var i = 0; i < PortalUser.MaxFailedAttempts - 1; i++)
        {
            Assert.Equal(SignInOutcome.WrongPassword, await SignInAsync("again" + i));
        }
        Assert.Equal(SignInOutcome.Succeeded, await SignInAsync(Password));
    }

    [Fact]
    public async Task CheckBuyer_RightAndWrongPasswordAndUnknownBuyer()
    {
        var alice = _gateway.Seed.Logins.BuyerPasswords["alice"];
        var results = await _gateway.WithDbAsync(async db =>
        {
            var passwords = new PortalPasswords(db, _gateway.Clock);
            return (await passwords.CheckBuyerAsync("Alice", alice, default), await passwords.CheckBuyerAsync("alice", "000000x", default),
                await passwords.CheckBuyerAsync("mallory", alice, default));
        });

        Assert.Equal("alice", results.Item1?.Id);
        Assert.Null(results.Item2);
        Assert.Null(results.Item3);
    }
}
