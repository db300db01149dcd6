using System.Globalization;
using AlipayInStore.Client;
using AlipayInStore.Protocol.Money;
using AlipayInStore.Protocol.Wire;

namespace Till;

/// <summary>The till's day in four steps: merchant-scan pay, refund, customer-scan (QR) order, its notification.</summary>
public sealed class TillRun(AlipayInStoreClient client, TillNotifications notifications, IConfiguration settings, string receiverUrl)
{
    private readonly string _run = DateTime.UtcNow.ToString("HHmmssfff", CultureInfo.InvariantCulture);

    public async Task<int> RunAsync(CancellationToken ct)
    {
        if (settings["Till:Code"] is not { Length: > 0 } code)
        {
            Console.Error.WriteLine("Give the buyer's payment code: --code 28… (alipay-instore wallet code --buyer alice), or --profile .sandbox/cli-profile.json.");
            return 2;
        }

        // 1. Merchant-scan: the cashier scans the buyer's code; pay → poll → cancel is handled by the SDK.
        var paid = await client.PayAndConfirmAsync(new PayRequest
        {
            MerchantTransId = $"TILL-{_run}-1",
            IdentityCode = code,
            Order = new Order { OrderTitle = "Flat white", OrderAmount = Usd(settings["Till:Amount"] ?? "12.50") },
        }, cancellationToken: ct);
        Console.WriteLine($"Pay: {paid.Kind} {paid.MerchantTransId} acquirementId {paid.AcquirementId} ({paid.Message})");
        if (!paid.IsPaid)
        {
            return 1;
        }

        // 2. Refund part of it (idempotent on merchantRefundId: a retry never refunds twice).
        var refund = await client.RefundAsync(new RefundRequest
        {
            AcquirementId = paid.AcquirementId,
            MerchantRefundId = $"TILL-{_run}-R1",
            RefundAmount = Usd(settings["Till:RefundAmount"] ?? "2.50"),
            IsSync = true,
        }, ct);
        Console.WriteLine($"Refund: {refund.ResultStatus}/{refund.ResultCode} {refund.Body.RefundStatus} {refund.Body.RefundAmount?.Value} {refund.Body.RefundAmount?.Currency}");

        // 3. Customer-scan: show the QR code, wait for the buyer; the notification wakes the wait at once.
        var notifyUrl = receiverUrl.TrimEnd('/') + "/alipay/notify";
        var order = await client.CreateQrOrderAsync(new PreCreateRequest
        {
            MerchantTransId = $"TILL-{_run}-2",
            Order = new Order { OrderTitle = "Croissant", OrderAmount = Usd(settings["Till:QrAmount"] ?? "8.80") },
            NotifyUrl = notifyUrl,
        }, ct);
        if (!order.IsCreated)
        {
            Console.WriteLine($"QR order refused: {order.Result}");
            return 1;
        }
        Console.WriteLine(QrCodeImage.ToText(order.QrCodeUrl!));
        Console.WriteLine($"QR order: {order.QrCodeUrl} acquirementId {order.AcquirementId} (scan it in the sandbox wallet, or confirm it)");
        var waited = await client.WaitForPaymentAsync(order, cancellationToken: ct);
        Console.WriteLine($"QR payment: {waited.Kind} {waited.MerchantTransId}");

        // 4. The gateway's signed notify.pay reached the receiver (MapAlipayNotifications verified it).
        var notification = await notifications.PaidAsync(order.MerchantTransId, TimeSpan.FromSeconds(60));
        Console.WriteLine($"Done: paid, refunded and notified ({notification.Function}).");
        return waited.IsPaid ? 0 : 1;
    }

    private static Amount Usd(string amount) =>
        Money.TryParseDecimal(amount, "USD", out var minorUnits)
            ? Amount.From(new Money(minorUnits, "USD"))
            : throw new FormatException($"'{amount}' is not an amount such as 12.50.");
}
