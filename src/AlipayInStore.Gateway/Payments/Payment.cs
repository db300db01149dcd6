using AlipayInStore.Protocol.Money;

namespace AlipayInStore.Gateway.Payments;

/// <summary>A transaction: the order, who pays, and where it stands. State changes only through its methods.</summary>
internal sealed class Payment
{
    private Payment()
    {
    }

    private Payment(string acquirementId, long merchantId, string partnerId, string merchantTransId, PaymentKind kind, DateTimeOffset now)
    {
        AcquirementId = acquirementId;
        MerchantId = merchantId;
        PartnerId = partnerId;
        MerchantTransId = merchantTransId;
        Kind = kind;
        CreatedAt = now;
        UpdatedAt = now;
        Status = kind == PaymentKind.CancelledBeforeCreation ? PaymentStatus.Cancelled : PaymentStatus.WaitBuyerPay;
    }

    /// <summary>A merchant-scan payment, its buyer known from the scanned code; it waits for the buyer only under a scenario.</summary>
    public static Payment ForPay(string acquirementId, long merchantId, string partnerId, PayCommand pay, int? scenario, string buyerId,
        DateTimeOffset? expiresAt, DateTimeOffset now)
    {
        var payment = new Payment(acquirementId, merchantId, partnerId, pay.MerchantTransId, PaymentKind.BarCode, now);
        payment.SetOrder(pay.Order, scenario, pay.NotifyUrl, expiresAt);
        payment.BuyerId = buyerId;
        payment.IdentityCode = pay.IdentityCode;
        return payment;
    }

    /// <summary>A customer-scan order waiting for a buyer to scan its QR code until <paramref name="expiresAt"/>.</summary>
    public static Payment ForQrOrder(string acquirementId, long merchantId, string partnerId, PreCreateCommand order, int? scenario,
        DateTimeOffset expiresAt, DateTimeOffset now)
    {
        var payment = new Payment(acquirementId, merchantId, partnerId, order.MerchantTransId, PaymentKind.QrCode, now);
        payment.SetOrder(order.Order, scenario, order.NotifyUrl, expiresAt);
        return payment;
    }

    /// <summary>The record of a cancel that came before any payment of <paramref name="merchantTransId"/>: a late pay is refused.</summary>
    public static Payment CancelledBeforeCreation(string acquirementId, long merchantId, string partnerId, string merchantTransId, DateTimeOffset now) =>
        new(acquirementId, merchantId, partnerId, merchantTransId, PaymentKind.CancelledBeforeCreation, now);

    public long Id { get; private set; }
    public string AcquirementId { get; private set; } = "";
    public long MerchantId { get; private set; }
    public string PartnerId { get; private set; } = "";
    public string MerchantTransId { get; private set; } = "";
    public PaymentKind Kind { get; private set; }
    public PaymentStatus Status { get; private set; }
    public string OrderTitle { get; private set; } = "";
    public string? OrderDetail { get; private set; }
    public string Currency { get; private set; } = "";
    public long Amount { get; private set; }
    public string? PayCurrency { get; private set; }
    public long? PayAmount { get; private set; }
    public string ConversionRate { get; private set; } = "1";
    public long FeeAmount { get; private set; }
    public long RefundedAmount { get; private set; }
    public string? BuyerId { get; private set; }
    public string? IdentityCode { get; private set; }
    public int? Scenario { get; private set; }
    public string? FailureCode { get; private set; }
    public string? NotifyUrl { get; private set; }
    public string SecondaryMerchantId { get; private set; } = "";
    public string? SecondaryMerchantName { get; private set; }
    public string? SecondaryMerchantIndustry { get; private set; }
    public string StoreId { get; private set; } = "";
    public string? StoreName { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }
    public DateTimeOffset? ExpiresAt { get; private set; }
    public DateTimeOffset? PaidAt { get; private set; }
    public DateTimeOffset? ClosedAt { get; private set; }

    /// <summary>Optimistic concurrency token: every state change bumps it, so concurrent writers cannot both win.</summary>
    public int Version { get; private set; }

    public Money OrderAmount => new(Amount, Currency);

    private void SetOrder(OrderDetails order, int? scenario, string? notifyUrl, DateTimeOffset? expiresAt)
    {
        OrderTitle = order.Title;
        OrderDetail = order.Detail;
        Currency = order.Amount.Currency;
        Amount = order.Amount.MinorUnits;
        SecondaryMerchantId = order.SecondaryMerchantId;
        SecondaryMerchantName = order.SecondaryMerchantName;
        SecondaryMerchantIndustry = order.Industry;
        StoreId = order.StoreId;
        StoreName = order.StoreName;
        Scenario = scenario;
        NotifyUrl = notifyUrl;
        ExpiresAt = expiresAt;
    }

    public void MarkPaid(string buyerId, Money payAmount, string conversionRate, long fee, DateTimeOffset now)
    {
        Require(PaymentStatus.WaitBuyerPay);
        BuyerId = buyerId;
        PayCurrency = payAmount.Currency;
        PayAmount = payAmount.MinorUnits;
        ConversionRate = conversionRate;
        FeeAmount = fee;
        Status = PaymentStatus.Success;
        PaidAt = now;
        UpdatedAt = now;
        Version++;
    }

    /// <summary>Closes a waiting transaction; <paramref name="buyerId"/> names the buyer whose payment failed, when one tried.</summary>
    public void MarkClosed(string? failureCode, DateTimeOffset now, string? buyerId = null)
    {
        Require(PaymentStatus.WaitBuyerPay);
        BuyerId = buyerId ?? BuyerId;
        Status = PaymentStatus.Closed;
        FailureCode = failureCode;
        ClosedAt = now;
        UpdatedAt = now;
        Version++;
    }

    public void MarkCancelled(DateTimeOffset now)
    {
        if (Status is not (PaymentStatus.WaitBuyerPay or PaymentStatus.Success))
        {
            throw new InvalidOperationException($"Cannot cancel a {Status} transaction.");
        }
        Status = PaymentStatus.Cancelled;
        ClosedAt = now;
        UpdatedAt = now;
        Version++;
    }

    /// <summary>Reserves <paramref name="amount"/> of the paid amount for a refund; false when the total would exceed it.</summary>
    public bool TryAddRefund(long amount, DateTimeOffset now)
    {
        Require(PaymentStatus.Success);
        if (amount <= 0 || RefundedAmount + amount > Amount)
        {
            return false;
        }
        RefundedAmount += amount;
        UpdatedAt = now;
        Version++;
        return true;
    }

    private void Require(PaymentStatus expected)
    {
        if (Status != expected)
        {
            throw new InvalidOperationException($"Transaction {AcquirementId} is {Status}, expected {expected}.");
        }
    }
}
