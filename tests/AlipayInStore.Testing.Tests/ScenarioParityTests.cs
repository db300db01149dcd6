using AlipayInStore.Client.Sandbox;
using AlipayInStore.Testing;

namespace AlipayInStore.Testing.Tests;

/// <summary>
/// The fake gateway handler and the real sandbox (in-process, SQLite) give the same resultStatus/resultCode and
/// statuses for the same till stories, scenario by scenario (docs/scenarios.md).
/// </summary>
public sealed class ScenarioParityTests(SandboxFixture fixture) : IClassFixture<SandboxFixture>
{
    private readonly FakeAlipayGateway _fake = new(new FakeGatewayOptions { SlowPayDelay = TimeSpan.FromSeconds(1) });

    [Theory]
    [InlineData(1250, "pay S/SUCCESS")]
    [InlineData(9901, "pay U/UNKNOWN_EXCEPTION")]
    [InlineData(9902, "pay S/SUCCESS")]
    [InlineData(9903, "pay U/USER_PAYING")]
    [InlineData(9904, "pay U/USER_PAYING")]
    [InlineData(9905, "pay F/BUYER_BALANCE_NOT_ENOUGH")]
    [InlineData(9906, "pay F/FRAUD_REJECT")]
    [InlineData(9907, "pay U/SYSTEM_ERROR")]
    [InlineData(2_000_000, "pay F/BUYER_BALANCE_NOT_ENOUGH")]
    public async Task Pay_ScenarioAmount_FakeAnswersAsTheSandbox(long minorUnits, string firstAnswer)
    {
        var (real, fake) = Stories();

        var expected = await real.PayAsync(minorUnits);

        Assert.Equal(firstAnswer, expected[0]);
        Assert.Equal(expected, await fake.PayAsync(minorUnits));
    }

    [Theory]
    [InlineData(880)]
    [InlineData(9904)]
    [InlineData(9905)]
    [InlineData(9906)]
    public async Task QrOrder_ScenarioAmount_FakeAnswersAsTheSandbox(long minorUnits)
    {
        var (real, fake) = Stories();

        var expected = await real.QrOrderAsync(minorUnits);

        Assert.Equal(expected, await fake.QrOrderAsync(minorUnits));
    }

    [Fact]
    public async Task Pay_UnknownCodeOrOtherCurrency_FakeRefusesAsTheSandbox()
    {
        var (real, fake) = Stories();

        Assert.Equal(await real.PayAsync(100, code: FakeAlipayGateway.UnknownCode), await fake.PayAsync(100, code: FakeAlipayGateway.UnknownCode));
        Assert.Equal(await real.PayAsync(101, currency: "EUR"), await fake.PayAsync(101, currency: "EUR"));
    }

    [Fact]
    public async Task Refund_Scenario9908AndLimits_FakeAnswersAsTheSandbox()
    {
        var (real, fake) = Stories();

        var expected = await real.RefundsAsync();

        Assert.Contains("refund 9908 9908 F/MERCHANT_BALANCE_NOT_ENOUGH ", expected);
        Assert.Equal(expected, await fake.RefundsAsync());
    }

    [Fact]
    public async Task Cancel_BeforeAndAfterPay_FakeAnswersAsTheSandbox()
    {
        var (real, fake) = Stories();

        var expected = await real.CancelBeforePayAsync();

        Assert.Equal(["cancel S/SUCCESS", "pay F/ORDER_IS_CLOSED", "query S/SUCCESS CANCELLED", "cancel paid S/SUCCESS SUCCESS", "query CANCELLED"], expected);
        Assert.Equal(expected, await fake.CancelBeforePayAsync());
    }

    private (ScenarioStories Real, ScenarioStories Fake) Stories()
    {
        var sandbox = fixture.Sandbox;
        var real = new ScenarioStories(sandbox.CreateClient(), sandbox.TestCodes["alice"], async id =>
        {
            try
            {
                await sandbox.Control.ConfirmAsync(id, "alice");
                return null;
            }
            catch (SandboxControlException ex)
            {
                return ex.Error;
            }
        });
        var fake = new ScenarioStories(_fake.CreateClient(), _fake.BuyerCode, id =>
        {
            try
            {
                _fake.Confirm(id);
                return Task.FromResult<string?>(null);
            }
            catch (InvalidOperationException ex)
            {
                return Task.FromResult<string?>(ex.Message);
            }
        });
        return (real, fake);
    }
}
