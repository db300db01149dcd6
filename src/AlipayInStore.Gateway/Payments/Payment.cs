using AlipayInStore.Protocol.Money;

namespace AlipayInStore.Gateway.Payments;

/// <summary>A transaction: the order, who pays, and where it stands. State changes only through its methods.</summary>
internal sealed class Payment
{
    private Payment()
    {
    }

    public Payment(string acquirementId, long merchantId, string partnerId, string merchantTransId, PaymentKind kind, DateTimeOffset now)
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

    public void SetOrder(OrderDetails order, int? scenario, string? notifyUrl, DateTimeOffset? expiresAt)
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

    public void AssignBuyer(string buyerId, string? identityCode)
    {
        BuyerId = buyerId;
        IdentityCode = identityCode;
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

    public void MarkClosed(string? failureCode, DateTimeOffset now)
    {
        Require(PaymentStatus.WaitBuyerPay);
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
