using System.Net;
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
    public async Task Deliver_AfterSignTypeSettingChanges_SignedAsTheSettingSays()
    {
        await using var gateway = await GatewayFixture.StartAsync();
        await using var receiver = await NotifyReceiver.StartAsync(gateway, _ => ReceiverAnswer.Acknowledge);
        await SetNotifyUrlAsync(gateway, receiver.Url);
        var merchant = gateway.Merchant;
        var sha256 = new Sha256KeyScheme(gateway.Seed.Merchant.Sha256Key!);

        await PayAsync(gateway, "ST-1");
        await AdvanceAndWaitAsync(gateway, receiver, Tick, 1);
        Assert.True(receiver.Deliveries.Single(d => d.Field("merchantTransId") == "ST-1").SignatureValid, "signed with the gateway's RSA2 key");

        var (status, json) = await gateway.Control.SendAsync(HttpMethod.Patch, $"/sandbox/merchants/{merchant.PartnerId}", new { signType = "SHA256" });
        Assert.True(status == HttpStatusCode.OK, json.ToString());
        var shaPay = await merchant.CallAsync(ApiFunctions.Pay, merchant.PayBody("ST-2", "1000", merchant.AliceCode), merchant.Head(ApiFunctions.Pay, "SHA256"), signer: sha256);
        Assert.Equal("SUCCESS", shaPay.Code);
        await AdvanceAndWaitAsync(gateway, receiver, Tick, 2);

        var second = receiver.Deliveries.First(d => d.Field("merchantTransId") == "ST-2");
        Assert.True(SignedWith(sha256, second), "signed with the SHA256 key");
        Assert.Equal("SHA256", second.Head.SignType);
        await StoredAsync(gateway);
    }

    private static Task StoredAsync(GatewayFixture gateway) =>
        gateway.App.Services.GetRequiredService<ExchangeRecorder>().WaitUntilStoredAsync(TimeSpan.FromSeconds(10), TimeProvider.System, CancellationToken.None);

    private static bool SignedWith(IMessageVerifier verifier, Delivery delivery)
    {
        Assert.True(EnvelopeReader.TryRead(Encoding.UTF8.GetBytes(delivery.Text), "request", out var envelope, out var error), error);
        return verifier.Verify(envelope.SignedContent.Span, envelope.Signature);
    }
}
