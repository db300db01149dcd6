using AlipayInStore.Client;
using AlipayInStore.Protocol.Wire;

namespace AlipayInStore.Testing.Tests;

/// <summary>
/// The same till story told to any gateway, written down as the lines a merchant would see
/// (function, resultStatus/resultCode, status): the fake and the sandbox must tell it alike.
/// </summary>
internal sealed class ScenarioStories(AlipayInStoreClient client, string buyerCode, Func<string, Task<string?>> confirm)
{
    private readonly string _run = Guid.NewGuid().ToString("N")[..10];

    public async Task<List<string>> PayAsync(long minorUnits, string currency = "USD", string? code = null)
    {
        var lines = new List<string>();
        var id = $"P-{_run}-{minorUnits}";
        var pay = Pay(id, minorUnits, currency, code ?? buyerCode);
        var first = await client.PayAsync(pay);
        lines.Add($"pay {Code(first)}");
        var query = await client.QueryAsync(new PayQueryRequest { PartnerId = client.PartnerId, MerchantTransId = id });
        lines.Add($"query {Code(query)} {query.Body.AcquirementStatus}");
        lines.Add($"repeat {Code(await client.PayAsync(pay))}");
        if (query.Body.AcquirementStatus == "WAIT_BUYER_PAY")
        {
            lines.Add("confirm " + (await confirm(first.Body.AcquirementId!) ?? "done"));
            var after = await client.QueryAsync(new PayQueryRequest { PartnerId = client.PartnerId, MerchantTransId = id });
            lines.Add($"query {after.Body.AcquirementStatus}");
        }
        return lines;
    }

    public async Task<List<string>> QrOrderAsync(long minorUnits)
    {
        var id = $"Q-{_run}-{minorUnits}";
        var order = await client.PreCreateAsync(new PreCreateRequest
        {
            PartnerId = client.PartnerId,
            MerchantTransId = id,
            Order = new Order { OrderTitle = "Coffee", OrderAmount = new Amount { Currency = "USD", Value = minorUnits.ToString(System.Globalization.CultureInfo.InvariantCulture) } },
        });
        var lines = new List<string> { $"preCreate {Code(order)} qr:{order.Body.OrderQrCode?.Contains("/qr/" + order.Body.AcquirementId, StringComparison.Ordinal)}" };
        lines.Add("confirm " + (await confirm(order.Body.AcquirementId!) ?? "done"));
        var query = await client.QueryAsync(new PayQueryRequest { PartnerId = client.PartnerId, MerchantTransId = id });
        lines.Add($"query {Code(query)} {query.Body.AcquirementStatus}");
        return lines;
    }

    public async Task<List<string>> RefundsAsync()
    {
        var id = $"R-{_run}";
        var paid = await client.PayAsync(Pay(id, 20000, "USD", buyerCode));
        var acquirementId = paid.Body.AcquirementId!;
        var lines = new List<string> { $"pay {Code(paid)}" };
        foreach (var (refundId, value, sync) in new[] { ("9908", 9908L, true), ("part", 500L, true), ("part", 500L, true), ("part", 600L, true), ("exceed", 30000L, true), ("async", 100L, false) })
        {
            var refund = await client.RefundAsync(new RefundRequest
            {
                PartnerId = client.PartnerId, AcquirementId = acquirementId, MerchantRefundId = $"{id}-{refundId}", IsSync = sync,
                RefundAmount = new Amount { Currency = "USD", Value = value.ToString(System.Globalization.CultureInfo.InvariantCulture) },
            });
            lines.Add($"refund {refundId} {value} {Code(refund)} {refund.Body.RefundStatus}");
        }
        var cancel = await client.CancelAsync(new PayCancelRequest { PartnerId = client.PartnerId, MerchantTransId = id });
        lines.Add($"cancel refunded {Code(cancel)}");
        return lines;
    }

    public async Task<List<string>> CancelBeforePayAsync()
    {
        var id = $"C-{_run}";
        var lines = new List<string> { $"cancel {Code(await client.CancelAsync(new PayCancelRequest { PartnerId = client.PartnerId, MerchantTransId = id }))}" };
        lines.Add($"pay {Code(await client.PayAsync(Pay(id, 100, "USD", buyerCode)))}");
        var query = await client.QueryAsync(new PayQueryRequest { PartnerId = client.PartnerId, MerchantTransId = id });
        lines.Add($"query {Code(query)} {query.Body.AcquirementStatus}");
        var paid = await client.PayAsync(Pay(id + "-2", 100, "USD", buyerCode));
        lines.Add($"cancel paid {Code(await client.CancelAsync(new PayCancelRequest { PartnerId = client.PartnerId, MerchantTransId = id + "-2" }))} {paid.ResultCode}");
        var cancelled = await client.QueryAsync(new PayQueryRequest { PartnerId = client.PartnerId, MerchantTransId = id + "-2" });
        lines.Add($"query {cancelled.Body.AcquirementStatus}");
        return lines;
    }

    private PayRequest Pay(string id, long minorUnits, string currency, string code) => new()
    {
        PartnerId = client.PartnerId,
        MerchantTransId = id,
        IdentityCode = code,
        Order = new Order { OrderTitle = "Coffee", OrderAmount = new Amount { Currency = currency, Value = minorUnits.ToString(System.Globalization.CultureInfo.InvariantCulture) } },
    };

    private static string Code<T>(AlipayResult<T> result) where T : class => $"{result.ResultStatus}/{result.ResultCode}";
}
