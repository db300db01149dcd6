using System.Text;
using AlipayInStore.Client.Tests.Support;
using AlipayInStore.Protocol.Wire;

namespace AlipayInStore.Client.Tests;

public sealed class NotificationReceiverTests
{
    [Fact]
    public async Task Receive_GatewaySignedPayNotification_CallsHandlerAndAnswersSignedAck()
    {
        var received = new List<AlipayNotification>();
        await using var host = await ReceiverHost.StartAsync((n, _) => { lock (received) { received.Add(n); } return Task.CompletedTask; });

        var (status, ack) = await TestNotifications.DeliverAsync(host.NotifyUrl, TestNotifications.Pay("gw-msg-1").Bytes);

        Assert.Equal(200, status);
        Assert.True(TestKeys.MerchantVerifier.Verify(ack.SignedContent.Span, ack.Signature));
        var info = TestNotifications.Body(ack).ResultInfo!;
        Assert.Equal(("S", "SUCCESS", "00000000"), (info.ResultStatus, info.ResultCode, info.ResultCodeId));
        var head = TestNotifications.AckHead(ack);
        Assert.Equal(ApiFunctions.NotifyPay, head.Function);
        Assert.Equal("gw-msg-1", head.ReqMsgId);
        var notification = Assert.Single(received);
        Assert.Equal("T-NOTIFY-1", notification.Payment!.MerchantTransId);
        Assert.Null(notification.Refund);
    }

    [Fact]
    public async Task Receive_DuplicateDelivery_CallsHandlerOnceAndAcknowledgesBoth()
    {
        var calls = 0;
        await using var host = await ReceiverHost.StartAsync((_, _) => { Interlocked.Increment(ref calls); return Task.CompletedTask; });

        var first = await TestNotifications.DeliverAsync(host.NotifyUrl, TestNotifications.Pay("gw-msg-1").Bytes);
        var again = await TestNotifications.DeliverAsync(host.NotifyUrl, TestNotifications.Pay("gw-msg-2").Bytes);

        Assert.Equal(1, calls);
        Assert.Equal(200, again.Status);
        Assert.Equal("S", TestNotifications.Body(again.Ack).ResultInfo!.ResultStatus);
        Assert.Equal("S", TestNotifications.Body(first.Ack).ResultInfo!.ResultStatus);
    }

    [Fact]
    public async Task Receive_ForgedSignature_RejectedWithoutCallingHandler()
    {
        var calls = 0;
        await using var host = await ReceiverHost.StartAsync((_, _) => { Interlocked.Increment(ref calls); return Task.CompletedTask; });

        var forged = await TestNotifications.DeliverAsync(host.NotifyUrl, TestNotifications.Pay("gw-forged", signer: TestKeys.MerchantSigner).Bytes);
        var tampered = Encoding.UTF8.GetBytes(TestNotifications.Pay("gw-tampered").Text.Replace("\"1250\"", "\"1\"", StringComparison.Ordinal));
        var altered = await TestNotifications.DeliverAsync(host.NotifyUrl, tampered);

        Assert.Equal(0, calls);
        Assert.NotEqual(200, forged.Status);
        Assert.Equal("INVALID_SIGNATURE", TestNotifications.Body(forged.Ack).ResultInfo!.ResultCode);
        Assert.NotEqual("S", TestNotifications.Body(altered.Ack).ResultInfo!.ResultStatus);
    }

    [Fact]
    public async Task Receive_HandlerThrows_NonSuccessThenHandledOnRedelivery()
    {
        var attempts = 0;
        await using var host = await ReceiverHost.StartAsync((_, _) =>
            Interlocked.Increment(ref attempts) == 1 ? throw new InvalidOperationException("database down") : Task.CompletedTask);

        var failed = await TestNotifications.DeliverAsync(host.NotifyUrl, TestNotifications.Pay("gw-msg-1").Bytes);
        var retried = await TestNotifications.DeliverAsync(host.NotifyUrl, TestNotifications.Pay("gw-msg-2").Bytes);

        Assert.NotEqual(200, failed.Status);
        Assert.NotEqual("S", TestNotifications.Body(failed.Ack).ResultInfo!.ResultStatus);
        Assert.Equal(200, retried.Status);
        Assert.Equal("S", TestNotifications.Body(retried.Ack).ResultInfo!.ResultStatus);
        Assert.Equal(2, attempts);
    }

    [Fact]
    public async Task Receive_RefundNotification_ParsedAndAcknowledgedForSameFunction()
    {
        AlipayNotification? received = null;
        await using var host = await ReceiverHost.StartAsync((n, _) => { received = n; return Task.CompletedTask; });

        var (status, ack) = await TestNotifications.DeliverAsync(host.NotifyUrl, TestNotifications.Refund("gw-refund-1").Bytes);

        Assert.Equal(200, status);
        Assert.Equal(ApiFunctions.NotifyRefund, TestNotifications.AckHead(ack).Function);
        Assert.True(TestKeys.MerchantVerifier.Verify(ack.SignedContent.Span, ack.Signature));
        Assert.Equal("R-1", received!.Refund!.MerchantRefundId);
        Assert.Equal("250", received.Refund.RefundAmount!.Value);
    }

    [Fact]
    public async Task Receive_NotAnEnvelope_RejectedWithEnvelopeAnswer()
    {
        await using var host = await ReceiverHost.StartAsync((_, _) => Task.CompletedTask);

        var (status, ack) = await TestNotifications.DeliverAsync(host.NotifyUrl, "not json"u8.ToArray());

        Assert.Equal(400, status);
        Assert.Equal("PARAM_ILLEGAL", TestNotifications.Body(ack).ResultInfo!.ResultCode);
    }

    [Fact]
    public async Task Receive_DuplicateWhileFirstIsBeingHandled_RetryLaterAndHandlerOnce()
    {
        var calls = 0;
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var entered = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var host = await ReceiverHost.StartAsync(async (_, _) =>
        {
            Interlocked.Increment(ref calls);
            entered.TrySetResult();
            await release.Task;
        });

        var first = TestNotifications.DeliverAsync(host.NotifyUrl, TestNotifications.Pay("gw-msg-1").Bytes);
        await entered.Task.WaitAsync(TimeSpan.FromSeconds(10));
        var concurrent = await TestNotifications.DeliverAsync(host.NotifyUrl, TestNotifications.Pay("gw-msg-2").Bytes);
        release.SetResult();
        var done = await first;

        Assert.NotEqual(200, concurrent.Status);
        Assert.NotEqual("S", TestNotifications.Body(concurrent.Ack).ResultInfo!.ResultStatus);
        Assert.Equal(200, done.Status);
        Assert.Equal(1, calls);
    }

    [Fact]
    public async Task Receive_Sha256Merchant_VerifiesWithSharedKeyAndSignsAckWithIt()
    {
        var scheme = new Protocol.Signing.Sha256KeyScheme(TestKeys.Sha256Key);
        var calls = 0;
        await using var host = await ReceiverHost.StartAsync((_, _) => { Interlocked.Increment(ref calls); return Task.CompletedTask; }, o =>
        {
            o.SignType = "SHA256";
            o.Sha256Key = TestKeys.Sha256Key;
        });

        var good = await TestNotifications.DeliverAsync(host.NotifyUrl, TestNotifications.Pay("gw-sha-1", signer: scheme).Bytes);
        var rsaSigned = await TestNotifications.DeliverAsync(host.NotifyUrl, TestNotifications.Pay("gw-sha-2", acquirementId: "A-OTHER").Bytes);

        Assert.Equal(200, good.Status);
        Assert.True(scheme.Verify(good.Ack.SignedContent.Span, good.Ack.Signature));
        Assert.NotEqual(200, rsaSigned.Status);
        Assert.Equal(1, calls);
    }
}
