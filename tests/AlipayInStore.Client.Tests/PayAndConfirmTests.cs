using AlipayInStore.Client.Tests.Support;
using AlipayInStore.Protocol.Results;
using AlipayInStore.Protocol.Wire;

namespace AlipayInStore.Client.Tests;

public sealed class PayAndConfirmTests
{
    private static async Task<(PaymentOutcome Outcome, StandInGateway Gateway)> RunFlow(Func<GatewayCall, GatewayReply> script, TimeSpan? requestTimeout = null, int maxAttempts = 3)
    {
        var gateway = await StandInGateway.StartAsync(script);
        var time = Clock.NewFake();
        var options = TestKeys.Options(gateway.Url);
        options.RequestTimeout = requestTimeout ?? TimeSpan.FromHours(1);
        options.MaxAttempts = maxAttempts;
        var client = new AlipayInStoreClient(new HttpClient(), options, time);
        var outcome = await Clock.RunAsync(time, client.PayAndConfirmAsync(TestRequests.Pay("T-FLOW-1")));
        return (outcome, gateway);
    }

    [Fact]
    public async Task PayAndConfirm_UnknownThenQuerySuccess_Paid()
    {
        var (outcome, gateway) = await RunFlow(c => c.Function == ApiFunctions.Pay ? GatewayReply.Pay(c, ResultCodes.UnknownException) : GatewayReply.Query(c, "SUCCESS"));
        await using var _ = gateway;

        Assert.Equal(PaymentOutcomeKind.Paid, outcome.Kind);
        Assert.Equal(1, outcome.Queries);
        Assert.Equal("T-FLOW-1", Assert.Single(gateway.CallsOf(ApiFunctions.PayQuery)).BodyString("merchantTransId"));
        Assert.Empty(gateway.CallsOf(ApiFunctions.PayCancel));
    }

    [Fact]
    public async Task PayAndConfirm_NeverFinal_CancelsAfterSixtySecondsOfPolling()
    {
        var (outcome, gateway) = await RunFlow(c => c.Function switch
        {
            ApiFunctions.Pay => GatewayReply.Pay(c, ResultCodes.UserPaying),
            ApiFunctions.PayQuery => GatewayReply.Query(c, "WAIT_BUYER_PAY"),
            _ => GatewayReply.Cancel(c, ResultCodes.Success),
        });
        await using var _ = gateway;

        Assert.Equal(PaymentOutcomeKind.Cancelled, outcome.Kind);
        Assert.Equal(12, gateway.CallsOf(ApiFunctions.PayQuery).Count);
        Assert.Equal("T-FLOW-1", Assert.Single(gateway.CallsOf(ApiFunctions.PayCancel)).BodyString("merchantTransId"));
        Assert.Equal("2026112711121280010016600000001", outcome.AcquirementId);
    }

    [Fact]
    public async Task PayAndConfirm_CancelKeepsFailing_NeedsAttentionAfterFiveAttempts()
    {
        var (outcome, gateway) = await RunFlow(c => c.Function switch
        {
            ApiFunctions.Pay => GatewayReply.Pay(c, ResultCodes.UnknownException),
            ApiFunctions.PayQuery => GatewayReply.QueryFailed(c, ResultCodes.SystemError),
            _ => GatewayReply.Cancel(c, ResultCodes.SystemError),
        });
        await using var _ = gateway;

        Assert.Equal(PaymentOutcomeKind.NeedsAttention, outcome.Kind);
        Assert.Equal(5, gateway.CallsOf(ApiFunctions.PayCancel).Count);
        Assert.Equal("T-FLOW-1", outcome.MerchantTransId);
        Assert.Contains("T-FLOW-1", outcome.Message);
    }

    [Fact]
    public async Task PayAndConfirm_FinalFailure_FailedWithCodeAndNoQuery()
    {
        var (outcome, gateway) = await RunFlow(c => GatewayReply.Pay(c, ResultCodes.BuyerBalanceNotEnough));
        await using var _ = gateway;

        Assert.Equal(PaymentOutcomeKind.Failed, outcome.Kind);
        Assert.Equal("BUYER_BALANCE_NOT_ENOUGH", outcome.ResultCode);
        Assert.Single(gateway.Calls);
    }

    [Fact]
    public async Task PayAndConfirm_PayTimesOut_PollsAndReportsPaid()
    {
        var (outcome, gateway) = await RunFlow(
            c => c.Function == ApiFunctions.Pay ? GatewayReply.NoAnswer() : GatewayReply.Query(c, "SUCCESS"),
            requestTimeout: TimeSpan.FromSeconds(10), maxAttempts: 1);
        await using var _ = gateway;

        Assert.Equal(PaymentOutcomeKind.Paid, outcome.Kind);
        Assert.Single(gateway.CallsOf(ApiFunctions.Pay));
        Assert.NotEmpty(gateway.CallsOf(ApiFunctions.PayQuery));
    }

    [Fact]
    public async Task PayAndConfirm_QueryShowsClosed_Failed()
    {
        var (outcome, gateway) = await RunFlow(c => c.Function == ApiFunctions.Pay ? GatewayReply.Pay(c, ResultCodes.UserPaying) : GatewayReply.Query(c, "CLOSED"));
        await using var _ = gateway;

        Assert.Equal(PaymentOutcomeKind.Failed, outcome.Kind);
        Assert.Empty(gateway.CallsOf(ApiFunctions.PayCancel));
    }
}
