using AlipayInStore.Client;
using AlipayInStore.Protocol.Wire;

namespace AlipayInStore.EndToEnd.Tests.Sdk;

/// <summary>Every sandbox scenario through <see cref="AlipayInStoreClient.PayAndConfirmAsync"/>, against a running sandbox.</summary>
public sealed class SdkScenarioTests(E2EGateway gateway) : IClassFixture<E2EGateway>
{
    private static readonly PaymentFlowOptions Quick = new()
    {
        PollInterval = TimeSpan.FromSeconds(1),
        PollDuration = TimeSpan.FromSeconds(45),
        CancelInterval = TimeSpan.FromSeconds(1),
    };

    private static PayRequest Pay(SandboxConnection sandbox, string value) => new()
    {
        MerchantTransId = "E2E" + Guid.NewGuid().ToString("N")[..20],
        IdentityCode = sandbox.BuyerCode,
        Order = new Order { OrderTitle = "Scenario " + value, OrderAmount = new Amount { Currency = "USD", Value = value } },
    };

    [Fact]
    public async Task PayAndConfirm_Scenario9901_PaidAfterQuery()
    {
        using var sandbox = new SandboxConnection(gateway);

        var outcome = await sandbox.Client.PayAndConfirmAsync(Pay(sandbox, "9901"), Quick);

        Assert.Equal(PaymentOutcomeKind.Paid, outcome.Kind);
        Assert.True(outcome.Queries >= 1);
        Assert.True(await sandbox.LedgerBalancedAsync());
    }

    [Fact]
    public async Task PayAndConfirm_Scenario9903BuyerConfirms_Paid()
    {
        using var sandbox = new SandboxConnection(gateway);
        var request = Pay(sandbox, "9903");

        var flow = sandbox.Client.PayAndConfirmAsync(request, Quick);
        var acquirementId = await AcquirementIdOfAsync(sandbox, request.MerchantTransId!);
        await sandbox.ConfirmAsync(acquirementId);
        var outcome = await flow;

        Assert.Equal(PaymentOutcomeKind.Paid, outcome.Kind);
    }

    [Fact]
    public async Task PayAndConfirm_Scenario9904NeverConfirmed_Cancelled()
    {
        using var sandbox = new SandboxConnection(gateway);
        var request = Pay(sandbox, "9904");

        var outcome = await sandbox.Client.PayAndConfirmAsync(request, new PaymentFlowOptions { PollInterval = TimeSpan.FromSeconds(1), PollDuration = TimeSpan.FromSeconds(5) });
        var query = await sandbox.Client.QueryAsync(new PayQueryRequest { MerchantTransId = request.MerchantTransId });

        Assert.Equal(PaymentOutcomeKind.Cancelled, outcome.Kind);
        Assert.Equal("CANCELLED", query.Body.AcquirementStatus);
    }

    [Fact]
    public async Task PayAndConfirm_Scenarios9905And9906_FailedWithCode()
    {
        using var sandbox = new SandboxConnection(gateway);

        var balance = await sandbox.Client.PayAndConfirmAsync(Pay(sandbox, "9905"), Quick);
        var fraud = await sandbox.Client.PayAndConfirmAsync(Pay(sandbox, "9906"), Quick);

        Assert.Equal((PaymentOutcomeKind.Failed, "BUYER_BALANCE_NOT_ENOUGH"), (balance.Kind, balance.ResultCode));
        Assert.Equal((PaymentOutcomeKind.Failed, "FRAUD_REJECT"), (fraud.Kind, fraud.ResultCode));
    }

    [Fact]
    public async Task PayAndConfirm_Scenario9902ClientTimesOut_PaidOnceAndLedgerBalanced()
    {
        using var sandbox = new SandboxConnection(gateway, requestTimeout: TimeSpan.FromSeconds(10));
        var request = Pay(sandbox, "9902");
        var balance = await sandbox.AliceBalanceAsync();

        var outcome = await sandbox.Client.PayAndConfirmAsync(request, Quick);
        var again = await sandbox.Client.PayAsync(request);

        Assert.Equal(PaymentOutcomeKind.Paid, outcome.Kind);
        Assert.Equal(outcome.AcquirementId, again.Body.AcquirementId);
        Assert.Equal(balance - 9902, await sandbox.AliceBalanceAsync());
        Assert.True(await sandbox.LedgerBalancedAsync());
    }

    private static async Task<string> AcquirementIdOfAsync(SandboxConnection sandbox, string merchantTransId)
    {
        for (var i = 0; i < 100; i++)
        {
            var query = await sandbox.Client.QueryAsync(new PayQueryRequest { MerchantTransId = merchantTransId });
            if (query.IsSuccess && query.Body.AcquirementId is { } id)
            {
                return id;
            }
            await Task.Delay(200);
        }
        throw new TimeoutException($"{merchantTransId} never appeared in payQuery");
    }
}
