namespace AlipayInStore.Client.Reconciliation;

/// <summary>How a row of the file and the merchant's records disagree.</summary>
public enum DiscrepancyKind
{
    /// <summary>The merchant recorded the movement; the file does not hold it.</summary>
    MissingAtAlipay,

    /// <summary>The file holds a movement the merchant did not record.</summary>
    UnknownToMerchant,

    /// <summary>Same id and type, but a different order currency or amount.</summary>
    AmountMismatch,

    /// <summary>Same id, but the file says another type (e.g. REFUND where the merchant has PAYMENT).</summary>
    TypeMismatch,
}
