using AlipayInStore.Protocol.Money;

namespace AlipayInStore.Testing;

/// <summary>A transaction the fake gateway keeps, in the states the sandbox uses.</summary>
internal sealed class FakeTransaction(string acquirementId, string merchantTransId, FakeTransactionKind kind, Money amount, string? identityCode, int? scenario)
{
    public string AcquirementId { get; } = acquirementId;
    public string MerchantTransId { get; } = merchantTransId;
    public FakeTransactionKind Kind { get; } = kind;
    public Money Amount { get; } = amount;
    public string? IdentityCode { get; } = identityCode;
    public int? Scenario { get; } = scenario;
    public string Status { get; set; } = "WAIT_BUYER_PAY";
    public string? FailureCode { get; set; }
    public DateTimeOffset? ExpiresAt { get; set; }
    public DateTimeOffset? PaidAt { get; set; }
    public long Refunded { get; set; }
    public string? Buyer { get; set; } = identityCode;
}
