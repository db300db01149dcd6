using System.Text;
using AlipayInStore.Gateway.Tests.Notifications;
using AlipayInStore.Gateway.Tests.Support;
using AlipayInStore.Protocol.Envelope;
using AlipayInStore.Protocol.Signing;

namespace AlipayInStore.Gateway.Tests.Merchants;

/// <summary>A merchant set to SHA256 gets SHA256-signed notifications, and its acknowledgement is checked with its own key.</summary>
public sealed class Sha256MerchantNotificationTests
{
    [Fact]
    public async Task Sha256Merchant_Notification_SignedWithItsKeyAndAckCheckedWithIt()
    {
        await using var gateway = await GatewayFixture.StartAsync();
        var probe = await OnboardedClient.CreateAsync(gateway, new { signType = "SHA256", issueSha256Key = true });
        var key = new Sha256KeyScheme(probe.Created.GetProperty("merchant").GetProperty("sha256Key").GetString()!);
        await using var good = await NotifyReceiver.StartAsync(gateway, _ => ReceiverAnswer.Acknowledge, ackSigner: key);
        await using var wrongKey = await NotifyReceiver.StartAsync(gateway, _ => ReceiverAnswer.Acknowledge);
        await gateway.Control.SendAsync(HttpMethod.Patch, $"/sandbox/merchants/{probe.PartnerId}", new { notifyUrl = good.Url });

        var paid = await probe.Client.PayAsync("SHA-N-1", "400");
        await NotificationKit.TickUntilAsync(gateway, good, 1);
        var body = probe.Client.PayBody("SHA-N-2", "400", probe.Client.AliceCode);
        body["notifyUrl"] = wrongKey.Url;
        var second = await probe.Client.CallAsync(Protocol.Wire.ApiFunctions.Pay, body);
        await NotificationKit.TickUntilAsync(gateway, wrongKey, 1);

        Assert.True(paid.SignatureValid);
        Assert.Equal("SUCCESS", second.Code);
        var delivery = Assert.Single(good.Deliveries);
        Assert.Equal("SHA256", delivery.Head.SignType);
        Assert.True(EnvelopeReader.TryRead(Encoding.UTF8.GetBytes(delivery.Text), "request", out var envelope, out _));
        Assert.True(key.Verify(envelope.SignedContent.Span, envelope.Signature));
        Assert.Equal("Delivered", await StatusAsync(gateway, paid.Field("acquirementId")!));
        Assert.NotEqual("Delivered", await StatusAsync(gateway, second.Field("acquirementId")!)); // acknowledged with an RSA2 key: not this merchant's
    }

    private static async Task<string> StatusAsync(GatewayFixture gateway, string acquirementId)
    {
        for (var i = 0; i < 50; i++)
        {
            var (_, list) = await gateway.Control.SendAsync(HttpMethod.Get, $"/sandbox/notifications?reference={acquirementId}");
            if (list.GetArrayLength() == 1 && list[0].GetProperty("attempts").GetInt32() > 0)
            {
                return list[0].GetProperty("status").GetString()!;
            }
            await Task.Delay(100);
        }
        return "none";
    }
}
