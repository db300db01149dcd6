using AlipayInStore.Gateway.Tests.Support;

namespace AlipayInStore.Gateway.Tests;

public sealed class PayTests(SharedGateway shared) : IClassFixture<SharedGateway>
{
    private readonly GatewayFixture _gateway = shared.Gateway;

    [Fact]
    public async Task Pay_WithMintedCode_ChargesBuyerOnceAndSignsAnswer()
    {
        var code = await _gateway.Control.MintCodeAsync("alice");
        var before = await _gateway.Control.BalanceAsync("alice");
        var now = Protocol.Validation.Rfc3339.Format(_gateway.Clock.GetUtcNow(), TimeSpan.FromHours(8));

        var reply = await _gateway.Merchant.PayAsync("T-1", "1250", code);

        Assert.Equal(("S", "SUCCESS", "00000000"), (reply.Status, reply.Code, reply.CodeId));
        Assert.True(reply.SignatureValid);
        Assert.Equal("1250", reply.Amount("payAmount"));
        Assert.Equal("{\"quoteCurrencyPair\":\"USD/USD\",\"quotePrice\":\"1\"}", reply.Body.GetProperty("conversionRate").GetRawText());
        Assert.Matches("^[0-9]{32}$", reply.Field("acquirementId")!);
        Assert.Equal(now, reply.Field("paymentTime"));
        Assert.Equal(before - 1250, await _gateway.Control.BalanceAsync("alice"));
        await _gateway.AssertLedgerBalancedAsync();
    }

    [Fact]
    public async Task Pay_SameMerchantTransIdAgain_ReturnsSameResultWithoutSecondCharge()
    {
        var first = await _gateway.Merchant.PayAsync("T-2", "500");
        var balance = await _gateway.Control.BalanceAsync("alice");

        var again = await _gateway.Merchant.PayAsync("T-2", "500");

        Assert.Equal("SUCCESS", again.Code);
        Assert.Equal(first.Field("acquirementId"), again.Field("acquirementId"));
        Assert.Equal(balance, await _gateway.Control.BalanceAsync("alice"));
    }

    [Fact]
    public async Task Pay_SameMerchantTransIdOtherAmount_RepeatReqInconsistentAndNothingChanged()
    {
        await _gateway.Merchant.PayAsync("T-3", "500");
        var before = await StateSnapshot.TakeAsync(_gateway);

        var reply = await _gateway.Merchant.PayAsync("T-3", "501");

        Assert.Equal(("F", "REPEAT_REQ_INCONSISTENT"), (reply.Status, reply.Code));
        Assert.Equal(before, await StateSnapshot.TakeAsync(_gateway));
    }

    [Fact]
    public async Task Pay_MintedCodeUsedTwice_SecondIsInvalidCode()
    {
        var code = await _gateway.Control.MintCodeAsync("alice");
        Assert.Equal("SUCCESS", (await _gateway.Merchant.PayAsync("T-4a", "100", code)).Code);

        var second = await _gateway.Merchant.PayAsync("T-4b", "100", code);

        Assert.Equal(("F", "INVALID_CODE"), (second.Status, second.Code));
        Assert.Equal("ORDER_NOT_EXIST", (await _gateway.Merchant.QueryAsync("T-4b")).Code);
    }

    [Fact]
    public async Task Pay_CodeOlderThan60Seconds_ExpiredCode()
    {
        var code = await _gateway.Control.MintCodeAsync("alice");
        _gateway.Time.Advance(TimeSpan.FromSeconds(61));

        var reply = await _gateway.Merchant.PayAsync("T-5", "100", code);

        Assert.Equal(("F", "EXPIRED_CODE"), (reply.Status, reply.Code));
    }

    [Fact]
    public async Task Pay_UnknownCode_InvalidCodeAndNothingChanged()
    {
        var before = await StateSnapshot.TakeAsync(_gateway);
        var reply = await _gateway.Merchant.PayAsync("T-6", "100", "280000000000000000");
        Assert.Equal(("F", "INVALID_CODE"), (reply.Status, reply.Code));
        Assert.Equal(before, await StateSnapshot.TakeAsync(_gateway));
    }

    [Fact]
    public async Task Pay_NonUsdInSandbox_CurrencyNotSupport()
    {
        var reply = await _gateway.Merchant.CallAsync(Protocol.Wire.ApiFunctions.Pay, _gateway.Merchant.PayBody("T-7", "1000", _gateway.Merchant.AliceCode, "JPY"));
        Assert.Equal(("F", "CURRENCY_NOT_SUPPORT"), (reply.Status, reply.Code));
    }

    [Fact]
    public async Task Pay_MoreThanBobsBalance_BuyerBalanceNotEnoughAndClosed()
    {
        var reply = await _gateway.Merchant.PayAsync("T-8", "3000", _gateway.Merchant.BobCode);

        Assert.Equal(("F", "BUYER_BALANCE_NOT_ENOUGH"), (reply.Status, reply.Code));
        Assert.Equal("CLOSED", (await _gateway.Merchant.QueryAsync("T-8")).Field("acquirementStatus"));
        Assert.Equal(2000, await _gateway.Control.BalanceAsync("bob"));
        await _gateway.AssertLedgerBalancedAsync();
    }

    [Fact]
    public async Task Query_PaidTransaction_ShowsSuccessAndAmounts()
    {
        var paid = await _gateway.Merchant.PayAsync("T-9", "700");

        var byAcquirement = await _gateway.Merchant.QueryAsync(acquirementId: paid.Field("acquirementId"));
        var byMerchant = await _gateway.Merchant.QueryAsync("T-9");

        Assert.Equal("SUCCESS", byAcquirement.Field("acquirementStatus"));
        Assert.Equal(byAcquirement.Body.ToString(), byMerchant.Body.ToString());
        Assert.Equal("700", byMerchant.Amount("orderAmount"));
        Assert.Null(byMerchant.Amount("refundAmount")); // omitted while nothing is refunded: "0" is not a valid wire value
    }

    [Fact]
    public async Task PreCreate_ThenBuyerPaysInWallet_QuerySuccess()
    {
        var created = await _gateway.Merchant.PreCreateAsync("Q-1", "880");
        Assert.Equal("SUCCESS", created.Code);
        var acquirementId = created.Field("acquirementId")!;
        Assert.EndsWith("/qr/" + acquirementId, created.Field("orderQrCode"), StringComparison.Ordinal);
        Assert.Equal("WAIT_BUYER_PAY", (await _gateway.Merchant.QueryAsync("Q-1")).Field("acquirementStatus"));

        var (status, _) = await _gateway.Control.SendAsync(HttpMethod.Post, $"/sandbox/transactions/{acquirementId}/confirm", new { buyerId = "alice" });

        Assert.Equal(System.Net.HttpStatusCode.OK, status);
        Assert.Equal("SUCCESS", (await _gateway.Merchant.QueryAsync("Q-1")).Field("acquirementStatus"));
        await _gateway.AssertLedgerBalancedAsync();
    }

    [Fact]
    public async Task PreCreate_NotPaidBeforeExpiry_ClosedOnTheSandboxClock()
    {
        await _gateway.Merchant.PreCreateAsync("Q-2", "880");
        await _gateway.Control.SendAsync(HttpMethod.Post, "/sandbox/clock/advance", new { seconds = 31 * 60 });

        Assert.Equal("CLOSED", (await _gateway.Merchant.QueryAsync("Q-2")).Field("acquirementStatus"));
    }
}
