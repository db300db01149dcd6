namespace AlipayInStore.Protocol.Reconciliation;

/// <summary>The kind of money movement a reconciliation row records (<c>Transaction_type</c>).</summary>
public enum TransactionType
{
    /// <summary><c>PAYMENT</c>: a successful pay.</summary>
    Payment,

    /// <summary><c>REFUND</c>: a successful refund; the row's ids are the merchant refund id and the refund id.</summary>
    Refund,

    /// <summary><c>CANCEL</c>: a cancel that reversed a paid transaction.</summary>
    Cancel,
}
