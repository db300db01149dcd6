using System.Net;
using AlipayInStore.Gateway.Tests.Support;

namespace AlipayInStore.Gateway.Tests;

public sealed class ScenarioTests(SharedGateway shared) : IClassFixture<SharedGateway>
{
    private readonly GatewayFixture _gateway = shared.Gateway;

    [Fact]
    public async Task Pay9901_AnswersUnknownButQueryShowsSuccess()
    {
        var balance = await _gateway.Control.BalanceAsync("alice");

        var reply = await _gateway.Merchant.PayAsync("S-9901", "9901");

        Assert.Equal(("U", "UNKNOWN_EXCEPTION"), (reply.Status, reply.Code));
        Assert.Equal("SUCCESS", (await _gateway.Merchant.QueryAsync("S-9901")).Field("acquirementStatus"));
        Assert.Equal(balance - 9901, await _gateway.Control.BalanceAsync("alice"));
        await _gateway.AssertLedgerBalancedAsync();
    }

    [Fact]
    public async Task Pay9902_AnswersAfterTheDelay_WaitingMeanwhileThenPaid()
    {
        var pay = _gateway.Merchant.PayAsync("S-9902", "9902");
        Reply during;
        do
        {
            during = await _gateway.Merchant.QueryAsync("S-9902");
        }
        while (during.Code == "ORDER_NOT_EXIST");
        Assert.Equal("WAIT_BUYER_PAY", during.Field("acquirementStatus"));
        Assert.False(pay.IsCompleted);

        var reply = await _gateway.AdvanceUntilAsync(pay, TimeSpan.FromSeconds(30));

        Assert.Equal(("S", "SUCCESS"), (reply.Status, reply.Code));
        Assert.Equal("SUCCESS", (await _gateway.Merchant.QueryAsync("S-9902")).Field("acquirementStatus"));
        await _gateway.AssertLedgerBalancedAsync();
    }

    [Fact]
    public async Task Pay9903_UserPayingUntilBuyerConfirms()
    {
        var reply = await _gateway.Merchant.PayAsync("S-9903", "9903");
        Assert.Equal(("U", "USER_PAYING"), (reply.Status, reply.Code));
        Assert.Equal("WAIT_BUYER_PAY", (await _gateway.Merchant.QueryAsync("S-9903")).Field("acquirementStatus"));

        var (status, _) = await _gateway.Control.SendAsync(HttpMethod.Post, $"/sandbox/transactions/{reply.Field("acquirementId")}/confirm");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("SUCCESS", (await _gateway.Merchant.QueryAsync("S-9903")).Field("acquirementStatus"));
        await _gateway.AssertLedgerBalancedAsync();
    }

    [Fact]
    public async Task Pay9904_BuyerNeverConfirms_ClosedWhenOrderExpires()
    {
        var reply = await _gateway.Merchant.PayAsync("S-9904", "9904");
        Assert.Equal("USER_PAYING", reply.Code);
        var (status, _) = await _gateway.Control.SendAsync(HttpMethod.Post, $"/sandbox/transactions/{reply.Field("acquirementId")}/confirm");
        Assert.Equal(HttpStatusCode.Conflict, status);

        await _gateway.Control.SendAsync(HttpMethod.Post, "/sandbox/clock/advance", new { seconds = 11 * 60 });

        Assert.Equal("CLOSED", (await _gateway.Merchant.QueryAsync("S-9904")).Field("acquirementStatus"));
        await _gateway.AssertLedgerBalancedAsync();
    }

    [Theory]
    [InlineData("9905", "BUYER_BALANCE_NOT_ENOUGH")]
    [InlineData("9906", "FRAUD_REJECT")]
    public async Task Pay_FailingScenario_FailsFinalAndChargesNothing(string value, string code)
    {
        var balance = await _gateway.Control.BalanceAsync("alice");

        var reply = await _gateway.Merchant.PayAsync("S-" + value, value);

        Assert.Equal(("F", code), (reply.Status, reply.Code));
        Assert.Equal("CLOSED", (await _gateway.Merchant.QueryAsync("S-" + value)).Field("acquirementStatus"));
        Assert.Equal(balance, await _gateway.Control.BalanceAsync("alice"));
    }

    [Fact]
    public async Task Pay9907_SystemErrorAndNothingCreated()
    {
        var before = await StateSnapshot.TakeAsync(_gateway);

        var reply = await _gateway.Merchant.PayAsync("S-9907", "9907");

        Assert.Equal(("U", "SYSTEM_ERROR"), (reply.Status, reply.Code));
        Assert.Equal("ORDER_NOT_EXIST", (await _gateway.Merchant.QueryAsync("S-9907")).Code);
        Assert.Equal(before, await StateSnapshot.TakeAsync(_gateway));
    }

    [Fact]
    public async Task Refund9908_MerchantBalanceNotEnoughAndNothingRefunded()
    {
        var paid = await _gateway.Merchant.PayAsync("S-9908", "20000");
        var before = await StateSnapshot.TakeAsync(_gateway);

        var reply = await _gateway.Merchant.RefundAsync(paid.Field("acquirementId")!, "R-9908", "9908");

        Assert.Equal(("F", "MERCHANT_BALANCE_NOT_ENOUGH"), (reply.Status, reply.Code));
        Assert.Equal(before, await StateSnapshot.TakeAsync(_gateway));
    }
}
