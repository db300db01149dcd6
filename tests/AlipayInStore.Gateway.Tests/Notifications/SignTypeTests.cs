using System.Text;
using AlipayInStore.Gateway.OpenApi;
using AlipayInStore.Gateway.Tests.Support;
using AlipayInStore.Protocol.Envelope;
using AlipayInStore.Protocol.Signing;
using AlipayInStore.Protocol.Wire;
using Microsoft.Extensions.DependencyInjection;
using static AlipayInStore.Gateway.Tests.Notifications.NotificationKit;

namespace AlipayInStore.Gateway.Tests.Notifications;

public sealed class SignTypeTests
{
    [Fact]
    public async Task Deliver_AfterRequestsOfBothSignTypes_SignedWithTheLatestOnes()
    {
        await using var gateway = await GatewayFixture.StartAsync();
        await using var receiver = await NotifyReceiver.StartAsync(gateway, _ => ReceiverAnswer.Acknowledge);
        await SetNotifyUrlAsync(gateway, receiver.Url);
        var merchant = gateway.Merchant;
        var sha256 = new Sha256KeyScheme(gateway.Seed.Merchant.Sha256Key!);

        await PayAsync(gateway, "ST-1");
        var shaPay = await merchant.CallAsync(ApiFunctions.Pay, merchant.PayBody("ST-2", "1000", merchant.AliceCode), merchant.Head(ApiFunctions.Pay, "SHA256"), signer: sha256);
        Assert.Equal("SUCCESS", shaPay.Code);
        await StoredAsync(gateway);
        await AdvanceAndWaitAsync(gateway, receiver, Tick, 2);

        Assert.All(receiver.Deliveries, d => Assert.True(SignedWith(sha256, d), "signed with the SHA256 key"));

        await PayAsync(gateway, "ST-3");
        await StoredAsync(gateway);
        await AdvanceAndWaitAsync(gateway, receiver, Tick, 3);

        var last = receiver.Deliveries.Single(d => d.Field("merchantTransId") == "ST-3");
        Assert.True(last.SignatureValid, "signed with the gateway's RSA2 key");
    }

    private static Task StoredAsync(GatewayFixture gateway) =>
        gateway.App.Services.GetRequiredService<ExchangeRecorder>().WaitUntilStoredAsync(TimeSpan.FromSeconds(10), TimeProvider.System, CancellationToken.None);

    private static bool SignedWith(IMessageVerifier verifier, Delivery delivery)
    {
        Assert.True(EnvelopeReader.TryRead(Encoding.UTF8.GetBytes(delivery.Text), "request", out var envelope, out var error), error);
        return verifier.Verify(envelope.SignedContent.Span, envelope.Signature);
    }
}
