using System.Net;
using AlipayInStore.Gateway.Tests.Notifications;
using AlipayInStore.Gateway.Tests.Portal;
using AlipayInStore.Gateway.Tests.Support;
using AlipayInStore.Protocol.Wire;

namespace AlipayInStore.Gateway.Tests.Merchants;

/// <summary>Three merchants on one gateway (run on SQLite and PostgreSQL): none reaches another's transactions, portal or notifications.</summary>
public sealed class MerchantIsolationTests
{
    [Fact]
    public async Task ThreeMerchants_OtherPartnersTransactions_AccessDeniedOrNotFoundAndNothingMoves()
    {
        await using var gateway = await GatewayFixture.StartAsync();
        var merchants = new[] { await OnboardedClient.CreateAsync(gateway), await OnboardedClient.CreateAsync(gateway), await OnboardedClient.CreateAsync(gateway) };
        var paid = new List<string>();
        foreach (var (m, i) in merchants.Select((m, i) => (m, i)))
        {
            var reply = await m.Client.PayAsync($"ISO-{i}", "1000");
            Assert.Equal("SUCCESS", reply.Code);
            paid.Add(reply.Field("acquirementId")!);
        }
        var before = await gateway.Control.BalanceAsync("alice");

        for (var i = 0; i < 3; i++)
        {
            var me = merchants[i].Client;
            var other = merchants[(i + 1) % 3];
            var theirs = paid[(i + 1) % 3];
            var asThem = ForPartner(other.PartnerId);
            foreach (var (function, body) in new[]
            {
                (ApiFunctions.PayQuery, asThem(new() { ["acquirementId"] = theirs })),
                (ApiFunctions.PayCancel, asThem(new() { ["acquirementId"] = theirs })),
                (ApiFunctions.Refund, asThem(new() { ["acquirementId"] = theirs, ["merchantRefundId"] = $"X-{i}", ["refundAmount"] = new System.Text.Json.Nodes.JsonObject { ["currency"] = "USD", ["value"] = "100" }, ["isSync"] = true })),
                (ApiFunctions.Pay, me.PayBody($"ISO-X-{i}", "100", me.AliceCode).Also(b =>
                {
                    b["partnerId"] = other.PartnerId;
                    b["order"]!["seller"]!["secondaryMerchantId"] = other.PartnerId;
                    b["order"]!["seller"]!["storeId"] = other.PartnerId;
                })),
            })
            {
                Assert.Equal("ACCESS_DENIED", (await me.CallAsync(function, body)).Code);
            }
            Assert.Equal("ORDER_NOT_EXIST", (await me.QueryAsync(acquirementId: theirs)).Code);
            Assert.Equal("ORDER_NOT_EXIST", (await me.CancelAsync(acquirementId: theirs)).Code);
            Assert.Equal("ORDER_NOT_EXIST", (await me.RefundAsync(theirs, $"Y-{i}", "100")).Code);
        }

        foreach (var id in paid)
        {
            var view = await gateway.Control.TransactionAsync(id);
            Assert.Equal(("SUCCESS", 0L), (view.GetProperty("status").GetString(), view.GetProperty("refundedAmount").GetInt64()));
        }
        Assert.Equal(before, await gateway.Control.BalanceAsync("alice"));
        await gateway.AssertLedgerBalancedAsync();
    }

    [Fact]
    public async Task ThreeMerchants_PortalAndNotifications_EachSeesOnlyItsOwn()
    {
        await using var gateway = await GatewayFixture.StartAsync();
        var receivers = new List<NotifyReceiver>();
        var merchants = new List<OnboardedClient>();
        try
        {
            for (var i = 0; i < 3; i++)
            {
                var receiver = await NotifyReceiver.StartAsync(gateway, _ => ReceiverAnswer.Acknowledge);
                receivers.Add(receiver);
                merchants.Add(await OnboardedClient.CreateAsync(gateway, new { notifyUrl = receiver.Url }));
                Assert.Equal("SUCCESS", (await merchants[i].Client.PayAsync($"OWN-{i}", "700")).Code);
            }
            for (var i = 0; i < 3; i++)
            {
                await NotificationKit.TickUntilAsync(gateway, receivers[i], 1);
            }

            for (var i = 0; i < 3; i++)
            {
                Assert.All(receivers[i].Deliveries, d => Assert.Equal(merchants[i].PartnerId, d.Field("partnerId")));
                using var portal = await PortalSession.SignInAsync(gateway, (merchants[i].PortalUser, merchants[i].PortalPassword));
                var html = await portal.Client.GetStringAsync("/portal/transactions");
                Assert.Contains($"OWN-{i}", html, StringComparison.Ordinal);
                Assert.All(Enumerable.Range(0, 3).Where(j => j != i), j => Assert.DoesNotContain($"OWN-{j}", html, StringComparison.Ordinal));
            }
        }
        finally
        {
            foreach (var receiver in receivers)
            {
                await receiver.DisposeAsync();
            }
        }
    }

    private static Func<System.Text.Json.Nodes.JsonObject, System.Text.Json.Nodes.JsonObject> ForPartner(string partnerId) =>
        body =>
        {
            body["partnerId"] = partnerId;
            return body;
        };
}
