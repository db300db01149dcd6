namespace AlipayInStore.Gateway.Acceptance;

/// <summary>What grading needs from one recorded exchange: who, what, which ids, which answer.</summary>
internal sealed record ExchangeFact(
    long Id, DateTimeOffset At, double DurationMs, string? Function, string Verification,
    string? MerchantTransId, string? AcquirementId, string? MerchantRefundId, string? IdentityCode, long? Value,
    string? ReqTime, bool SellerIsPartner, string ResultStatus, string ResultCode,
    string? AcquirementStatus, string? RefundId, string? RefundStatus, string? ResultMessage) : IEvidence
{
    public DateTimeOffset AnsweredAt => At + TimeSpan.FromMilliseconds(DurationMs);

    public bool Is(string function) => Function == function;

    public bool IsFor(ExchangeFact other) =>
        (MerchantTransId is not null && MerchantTransId == other.MerchantTransId)
        || (AcquirementId is not null && AcquirementId == other.AcquirementId);

    public string Describe() =>
        $"#{Id} {Function?.Split('.').Last()} {MerchantRefundId ?? MerchantTransId ?? AcquirementId} → {ResultStatus}/{ResultCode}" +
        (AcquirementStatus is null ? "" : $" ({AcquirementStatus})");
}
