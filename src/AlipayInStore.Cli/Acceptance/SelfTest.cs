using AlipayInStore.Client;
using AlipayInStore.Client.Sandbox;
using AlipayInStore.Protocol.Wire;

namespace AlipayInStore.Cli.Acceptance;

/// <summary>
/// Drives the SDK's own flows through every case of a run, the way a careful POS would, so the kit can grade it.
/// Each step returns when the case's traffic is complete; the caller then moves the run to the next case. Every request
/// names the self-test's own receiver as notifyUrl, so the kit's notification cases exercise the SDK's receiver.
/// </summary>
internal sealed class SelfTest(AlipayInStoreClient client, SandboxControlClient control, SelfTestReceiver receiver, string runId)
{
    private static readonly PaymentFlowOptions Quick = new() { PollInterval = TimeSpan.FromSeconds(1), PollDuration = TimeSpan.FromSeconds(40), CancelInterval = TimeSpan.FromSeconds(1) };
    private int _orders;

    public IReadOnlyDictionary<string, Func<CancellationToken, Task>> Steps => new Dictionary<string, Func<CancellationToken, Task>>
    {
        ["merchant-scan-success"] = async ct => await client.PayAndConfirmAsync(Pay("1250", await CodeAsync(ct)), Quick, ct),
        ["buyer-confirms-9903"] = ConfirmingBuyerAsync,
        ["unknown-result-9901"] = async ct => await client.PayAndConfirmAsync(Pay("9901", await CodeAsync(ct)), Quick, ct),
        ["timeout-9902"] = async ct => await client.PayAndConfirmAsync(Pay("9902", await CodeAsync(ct)), Quick, ct),
        ["never-confirms-9904"] = async ct => await client.PayAndConfirmAsync(Pay("9904", await CodeAsync(ct)),
            new PaymentFlowOptions { PollInterval = TimeSpan.FromSeconds(1), PollDuration = TimeSpan.FromSeconds(4), CancelInterval = TimeSpan.FromSeconds(1) }, ct),
        ["balance-too-low-9905"] = async ct => await client.PayAndConfirmAsync(Pay("9905", await CodeAsync(ct)), Quick, ct),
        ["tampered-response"] = async ct => await client.PayAndConfirmAsync(Pay("1100", await CodeAsync(ct)), Quick, ct),
        ["customer-scan-success"] = QrPaidAsync,
        // The kit sends these notifications itself when the case starts; the receiver answers them.
        ["duplicate-notification"] = _ => Task.CompletedTask,
        ["forged-notification"] = _ => Task.CompletedTask,
        ["customer-scan-expiry"] = async ct =>
        {
            var order = await client.CreateQrOrderAsync(QrOrder("300"), ct);
            await client.CancelAsync(new PayCancelRequest { MerchantTransId = order.MerchantTransId }, ct);
        },
        ["two-partial-refunds"] = async ct =>
        {
            var paid = await client.PayAndConfirmAsync(Pay("1000", await CodeAsync(ct)), Quick, ct);
            await client.RefundAsync(Refund(paid.AcquirementId!, "a", "300"), ct);
            await client.RefundAsync(Refund(paid.AcquirementId!, "b", "200"), ct);
        },
        ["refund-retried-same-id"] = async ct =>
        {
            var paid = await client.PayAndConfirmAsync(Pay("800", await CodeAsync(ct)), Quick, ct);
            var refund = Refund(paid.AcquirementId!, "retry", "100");
            await client.RefundAsync(refund, ct);
            await client.RefundAsync(refund, ct);
        },
        ["direct-mode-seller-ids"] = async ct => await client.PayAndConfirmAsync(Pay("450", await CodeAsync(ct)), Quick, ct),
        ["reqtime-rfc3339"] = async ct => await client.QueryAsync(new PayQueryRequest { MerchantTransId = "ACC-" + runId + "-none" }, ct),
    };

    private async Task<string> CodeAsync(CancellationToken ct) => (await control.MintCodeAsync("alice", ct)).Code;

    private async Task ConfirmingBuyerAsync(CancellationToken ct)
    {
        var request = Pay("9903", await CodeAsync(ct));
        var flow = client.PayAndConfirmAsync(request, Quick, ct);
        for (var i = 0; i < 100; i++)
        {
            var query = await client.QueryAsync(new PayQueryRequest { MerchantTransId = request.MerchantTransId }, ct);
            if (query.Body?.AcquirementId is { } id)
            {
                await control.ConfirmAsync(id, null, ct);
                break;
            }
            await Task.Delay(200, ct);
        }
        await flow;
    }

    private async Task QrPaidAsync(CancellationToken ct)
    {
        var order = await client.CreateQrOrderAsync(QrOrder("650"), ct);
        await control.ConfirmAsync(order.AcquirementId!, "alice", ct);
        await client.WaitForPaymentAsync(order, Quick, ct);
        await receiver.WaitForPaymentAsync(order.AcquirementId!, TimeSpan.FromSeconds(30), ct);
    }

    private PayRequest Pay(string value, string code) => new()
    {
        MerchantTransId = $"ACC-{runId}-{Interlocked.Increment(ref _orders)}",
        IdentityCode = code,
        NotifyUrl = receiver.Url,
        Order = new Order { OrderTitle = "Acceptance self-test", OrderAmount = new Amount { Currency = "USD", Value = value } },
    };

    private PreCreateRequest QrOrder(string value) => new()
    {
        MerchantTransId = $"ACC-{runId}-{Interlocked.Increment(ref _orders)}",
        NotifyUrl = receiver.Url,
        Order = new Order { OrderTitle = "Acceptance self-test", OrderAmount = new Amount { Currency = "USD", Value = value } },
    };

    private static RefundRequest Refund(string acquirementId, string suffix, string value) => new()
    {
        AcquirementId = acquirementId,
        MerchantRefundId = $"{acquirementId[^10..]}-{suffix}",
        RefundAmount = new Amount { Currency = "USD", Value = value },
        IsSync = true,
    };
}
