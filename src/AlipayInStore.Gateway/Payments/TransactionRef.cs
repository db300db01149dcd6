namespace AlipayInStore.Gateway.Payments;

/// <summary>Which transaction a query or cancel means: by acquirementId when given (it wins), else by merchantTransId.</summary>
internal sealed record TransactionRef(string? AcquirementId, string? MerchantTransId)
{
    public bool ByAcquirementId => !string.IsNullOrEmpty(AcquirementId);
}
